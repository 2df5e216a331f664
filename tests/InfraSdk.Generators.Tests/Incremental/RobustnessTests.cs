using InfraSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Generators.Tests.Incremental;

/// <summary>The generator neither throws nor reports on code it cannot use; the analyzers speak for it.</summary>
public class RobustnessTests
{
    public static TheoryData<string, string> InvalidShapes => new()
    {
        { "not partial", "[Topology] public static class T { public static readonly Deployment D = new(\"d\"); }" },
        { "not static", "[Topology] public partial class T { public static readonly Deployment D = new(\"d\"); }" },
        { "nested", "public static class Outer { [Topology] public static partial class T { public static readonly Deployment D = new(\"d\"); } }" },
        { "generic", "[Topology] public static partial class T<X> { public static readonly Deployment D = new(\"d\"); }" },
        { "file-local", "[Topology] file static partial class T { public static readonly Deployment D = new(\"d\"); }" },
        { "named Manifests", "[Topology] public static partial class Manifests { public static readonly Deployment D = new(\"d\"); }" },
        { "a member named Manifests", "[Topology] public static partial class T { public static readonly Deployment Manifests = new(\"d\"); }" },
        { "a method named Resources", "[Topology] public static partial class T { static int Resources() => 0; }" },
        { "a field named as the generated one", "[Topology] public static partial class T { static object? __infraSdkManifests; }" },
    };

    public static TheoryData<string, string> OddDeclarations => new()
    {
        { "no initializer", "public static readonly Deployment D;" },
        { "method call", "public static readonly Deployment D = Make(); static Deployment Make() => new(\"d\");" },
        { "method call values", "public static readonly NodePortService S = new(Name()) { Ports = { Port() }, Labels = { [Name()] = Name() } }; static string Name() => \"n\"; static ServicePort Port() => new(80);" },
        { "spread", "static readonly ServicePort[] More = [new(80)]; public static readonly NodePortService S = new(\"s\") { Ports = [..More] };" },
        { "assigned dictionary", "static readonly System.Collections.Generic.Dictionary<string, string> L = new(); public static readonly Deployment D = new(\"d\") { Labels = L };" },
        { "duplicate label", "public static readonly Deployment D = new(\"d\") { Labels = { { \"a\", \"1\" }, { \"a\", \"2\" } } };" },
        { "null name", "public static readonly Deployment D = new(null!);" },
        { "syntax error", "public static readonly NodePortService S = new(\"s\") { Ports = { new ServicePort(" },
        { "wrong types", "public static readonly NodePortService S = new(42) { Ports = { \"x\" } };" },
        { "settable property", "public static Deployment D { get; set; } = new(\"d\");" },
        { "instance field", "public readonly Deployment D = new(\"d\");" },
        { "conditional", "public static readonly Deployment D = true ? new(\"a\") : new(\"b\");" },
    };

    [Theory]
    [MemberData(nameof(InvalidShapes))]
    public void An_invalid_topology_shape_gets_nothing_generated_and_no_diagnostic(string shape, string declaration)
    {
        var run = Run("using InfraSdk; namespace N; " + declaration);

        Assert.True(run.GeneratedSources.IsEmpty, shape);
        Assert.Empty(run.Diagnostics);
    }

    /// <summary>The analyzers tell the generated part from the user's code by its file's path (GeneratedNames).</summary>
    [Fact]
    public void The_generated_files_path_names_the_generator()
    {
        var run = Run("using InfraSdk; namespace N; [Topology] public static partial class T { }");

        Assert.Contains(InfraSdk.Extraction.Parsing.GeneratedNames.Generator, Assert.Single(run.GeneratedSources).SyntaxTree.FilePath, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OddDeclarations))]
    public void Odd_declarations_neither_throw_nor_report(string kind, string member)
    {
        var run = Run($"using InfraSdk; namespace N; [Topology] public static partial class T {{ {member} }}");

        Assert.Null(run.Exception);
        Assert.True(run.Diagnostics.IsEmpty, kind);
        Assert.Single(run.GeneratedSources, source => source.HintName == "N.T.g.cs");
    }

    [Fact]
    public void A_declaration_without_initializer_is_left_out_and_the_rest_still_compiles()
    {
        var compilation = TestCompilation.Create("using InfraSdk; namespace N; [Topology] public static partial class T { public static readonly Deployment Missing; public static readonly Deployment D = new(\"d\"); }");
        var (output, run) = TestCompilation.Generate(compilation);

        var source = run.Results.Single().GeneratedSources.Single().SourceText.ToString();
        Assert.DoesNotContain("Missing", source, StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.Equals("CS0649", StringComparison.Ordinal)));
    }

    [Fact]
    public void Keywords_used_as_names_stay_escaped_in_the_generated_code()
    {
        var compilation = TestCompilation.Create("using InfraSdk; namespace @namespace.@class; [Topology] public static partial class @static { public static readonly Deployment @event = new(\"e\"); public static readonly Deployment @int = new(nameof(@int) + @event.Name); }");
        var (output, _) = TestCompilation.Generate(compilation);

        TestCompilation.AssertClean(output);
    }

    [Fact]
    public void Members_declared_nullable_compile_without_warnings()
    {
        var compilation = TestCompilation.Create("using InfraSdk; namespace N; [Topology] public static partial class T { public static readonly Deployment? D = new(\"d\"); public static NodePortService? S { get; } = new(\"s\") { Ports = { new ServicePort(80, NodePort: 30001) } }; }");
        var (output, _) = TestCompilation.Generate(compilation);

        TestCompilation.AssertClean(output);
    }

    private static GeneratorRunResult Run(string source)
    {
        var run = TestCompilation.Driver().RunGenerators(TestCompilation.Create(source)).GetRunResult().Results.Single();
        Assert.Null(run.Exception);
        return run;
    }
}
