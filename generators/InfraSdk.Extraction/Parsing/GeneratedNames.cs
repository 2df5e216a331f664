using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Extraction.Parsing;

/// <summary>
/// The names the generated part of a topology class declares (<c>Manifests</c>, <c>Resources</c> and their two
/// fields), and which of them the user's own code already takes: the class's name, or a member's outside the generated
/// part (the analyzers see the generated part in the compilation, the generator does not).
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The generator's full type name, which Roslyn puts in the path of every file the generator adds.</summary>
    public const string Generator = "InfraSdk.Generators.TopologyGenerator";

    public static readonly string[] Members = ["Manifests", "Resources", "__infraSdkManifests", "__infraSdkResources"];

    /// <summary>The first generated name that <paramref name="type"/>'s own code takes, or null.</summary>
    public static string? TakenIn(INamedTypeSymbol type)
    {
        if (Array.IndexOf(Members, type.Name) >= 0)
        {
            return type.Name;
        }

        return Members.FirstOrDefault(name => type.GetMembers(name).Any(member => member.DeclaringSyntaxReferences.Any(reference => !IsGenerated(reference.SyntaxTree))));
    }

    private static bool IsGenerated(SyntaxTree tree) => tree.FilePath.IndexOf(Generator, StringComparison.Ordinal) >= 0;
}
