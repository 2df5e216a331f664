using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace InfraSdk.Generators.Tests.Fuzzing;

/// <summary>
/// Exceptions thrown by InfraSdk's compiler code, caught or not. The generator and the extraction layer catch
/// whatever a declaration throws and carry on without it, so a bug there shows as a missing manifest or a wrong
/// "not a compile-time constant" (IS0012), never as CS8785: this sees it where it is thrown. Exceptions thrown inside
/// Roslyn are Roslyn's; a few InfraSdk throws and catches by design.
/// </summary>
internal static class SwallowedExceptions
{
    private static readonly AsyncLocal<ConcurrentQueue<string>?> Current = new();

    private static readonly string[] ProductAssemblies = ["InfraSdk.Generators", "InfraSdk.Analyzers"];

    static SwallowedExceptions() => AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;

    /// <summary>Runs <paramref name="action"/>, returning what InfraSdk code threw meanwhile on its logical thread.</summary>
    public static IReadOnlyCollection<string> During(Action action)
    {
        var seen = new ConcurrentQueue<string>();
        var outer = Current.Value;
        Current.Value = seen;
        try
        {
            action();
        }
        finally
        {
            Current.Value = outer;
        }

        return seen;
    }

    private static void OnFirstChance(object? sender, FirstChanceExceptionEventArgs e)
    {
        if (Current.Value is not { } seen || e.Exception is OperationCanceledException)
        {
            return;
        }

        // The first frame in InfraSdk or Roslyn code, past the runtime's and the libraries' own (a ThrowHelper, a List indexer).
        var thrower = new StackTrace(1).GetFrames()
            .Select(frame => frame.GetMethod())
            .FirstOrDefault(method => method?.DeclaringType?.Assembly.GetName().Name is { } assembly && (assembly.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || ProductAssemblies.Contains(assembly)));
        if (thrower?.DeclaringType is { } type && ProductAssemblies.Contains(type.Assembly.GetName().Name) && !ByDesign(e.Exception, type))
        {
            seen.Enqueue($"{e.Exception.GetType().Name} in {type.FullName}.{thrower.Name}: {e.Exception.Message}");
        }
    }

    /// <summary>Quantity parsing treats overflow as "not a quantity"; a ConfigMap file the build does not list is read at run time.</summary>
    private static bool ByDesign(Exception exception, Type thrower) =>
        (exception is OverflowException && thrower.Name == "Quantity") || exception.GetType().Name == "UnreadableFileException";
}
