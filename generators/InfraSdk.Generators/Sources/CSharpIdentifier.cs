using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace InfraSdk.Generators.Sources;

/// <summary>Names as C# source spells them: a keyword used as a name (<c>@event</c>) keeps its '@'.</summary>
internal static class CSharpIdentifier
{
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    public static string EscapeQualified(string qualifiedName) => string.Join(".", qualifiedName.Split('.').Select(Escape));
}
