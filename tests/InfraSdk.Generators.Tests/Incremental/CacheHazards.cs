using InfraSdk.Declarations;
using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Generators.Tests.Incremental;

/// <summary>
/// Walks a pipeline value's fields and reports what would pin a compilation or break value equality: symbols,
/// syntax, semantic models, compilations, locations, and immutable arrays outside <see cref="EquatableArray{T}"/>.
/// </summary>
internal static class CacheHazards
{
    private static readonly Type[] Forbidden = [typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Compilation), typeof(Location)];

    public static List<string> In(object? value, string path)
    {
        var hazards = new List<string>();
        Walk(value, path, hazards, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return hazards;
    }

    private static void Walk(object? value, string path, List<string> hazards, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || (!value.GetType().IsValueType && !seen.Add(value)))
        {
            return;
        }

        var type = value.GetType();
        if (Forbidden.Any(forbidden => forbidden.IsAssignableFrom(type)))
        {
            hazards.Add($"{path} is a {type.Name}");
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            hazards.Add($"{path} is an ImmutableArray, compared by reference");
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            var index = 0;
            foreach (var item in (IEnumerable)value)
            {
                Walk(item, $"{path}[{index++}]", hazards, seen);
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), path + "." + field.Name, hazards, seen);
        }
    }
}
