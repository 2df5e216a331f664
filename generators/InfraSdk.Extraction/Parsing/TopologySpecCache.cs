using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InfraSdk.Extraction.Parsing;

/// <summary>
/// <see cref="TopologyParser.Parse(INamedTypeSymbol, Compilation, CancellationToken, SemanticModel?)"/> remembered per
/// syntax tree across compilations. Binding every initializer is what a topology costs; after an edit, an IDE (and the
/// generator, whose semantic transform runs for every topology on every compilation) would bind all of them again.
/// A topology is reused when its own syntax trees are the very same, the references and options are the same, it
/// reads nothing declared in another tree, and no tree that changed since declares a name its initializers bind
/// (nor a global using). Anything else is parsed afresh; a topology whose parse is not self-contained never is reused.
/// </summary>
internal static class TopologySpecCache
{
    private static readonly ConditionalWeakTable<Compilation, Generation> Generations = new();
    private static readonly ConditionalWeakTable<SyntaxTree, ConcurrentDictionary<string, Entry>> Entries = new();

    /// <param name="withoutNullableAnalysis">See <see cref="TopologyParser.ForReading"/>: the generator binds without nullable analysis; the analyzers share the compiler's models.</param>
    public static TopologySpec Parse(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken, SemanticModel? semanticModel = null, bool withoutNullableAnalysis = false)
    {
        var trees = type.DeclaringSyntaxReferences.Select(reference => reference.SyntaxTree).Distinct().ToArray();
        if (trees.Length == 0)
        {
            return TopologyParser.Parse(type, compilation, cancellationToken, semanticModel, null, withoutNullableAnalysis);
        }

        var key = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "`" + type.Arity;
        var generation = Generations.GetValue(compilation, static c => new Generation(c));
        var perTree = Entries.GetValue(trees[0], static _ => new ConcurrentDictionary<string, Entry>(System.StringComparer.Ordinal));
        if (perTree.TryGetValue(key, out var entry) && SameTrees(entry.Trees, trees))
        {
            if (ReferenceEquals(entry.Generation, generation))
            {
                return entry.Spec;
            }

            if (!generation.Since(entry.Generation).Touches(entry.Names))
            {
                perTree[key] = new Entry(entry.Spec, trees, entry.Names, generation);
                return entry.Spec;
            }
        }

        var dependencies = new TopologyDependencies(trees);
        var spec = TopologyParser.Parse(type, compilation, cancellationToken, semanticModel, dependencies, withoutNullableAnalysis);
        if (dependencies.IsUnsafe)
        {
            perTree.TryRemove(key, out _);
        }
        else
        {
            perTree[key] = new Entry(spec, trees, dependencies.Names, generation);
        }

        return spec;
    }

    /// <summary>
    /// The same trees: the same instances, or, for a generated part (which a generator driver may hand out anew with
    /// the same text), the same path and text.
    /// </summary>
    private static bool SameTrees(SyntaxTree[] cached, SyntaxTree[] current)
    {
        if (cached.Length != current.Length)
        {
            return false;
        }

        for (var i = 0; i < cached.Length; i++)
        {
            if (!ReferenceEquals(cached[i], current[i])
                && (i == 0 || cached[i].FilePath != current[i].FilePath || !cached[i].GetText().ContentEquals(current[i].GetText())))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Entry(TopologySpec spec, SyntaxTree[] trees, HashSet<string> names, Generation generation)
    {
        public TopologySpec Spec { get; } = spec;
        public SyntaxTree[] Trees { get; } = trees;
        public HashSet<string> Names { get; } = names;
        public Generation Generation { get; } = generation;
    }

    /// <summary>What one compilation is made of, as far as reuse is concerned.</summary>
    private sealed class Generation(Compilation compilation)
    {
        private readonly Dictionary<Generation, Disturbance> _since = [];

        public HashSet<SyntaxTree> Trees { get; } = new(compilation.SyntaxTrees);
        public MetadataReference[] References { get; } = compilation.References.ToArray();
        public CompilationOptions Options { get; } = compilation.Options;

        public Disturbance Since(Generation older)
        {
            lock (_since)
            {
                if (_since.TryGetValue(older, out var known))
                {
                    return known;
                }
            }

            var disturbance = Disturbance.Between(older, this);
            lock (_since)
            {
                _since[older] = disturbance;
            }

            return disturbance;
        }
    }

    /// <summary>The names declared by the trees that differ between two compilations; <see cref="All"/> when anything else differs.</summary>
    private sealed class Disturbance(HashSet<string>? names)
    {
        public static readonly Disturbance All = new(null);

        public bool Touches(HashSet<string> used) => names is null || names.Overlaps(used);

        public static Disturbance Between(Generation older, Generation newer)
        {
            if (!ReferenceEquals(older.Options, newer.Options) || !older.References.SequenceEqual(newer.References))
            {
                return All;
            }

            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var tree in newer.Trees.Where(tree => !older.Trees.Contains(tree)).Concat(older.Trees.Where(tree => !newer.Trees.Contains(tree))))
            {
                if (!AddDeclaredNames(tree.GetRoot(), names))
                {
                    return All;
                }
            }

            return new Disturbance(names);
        }

        /// <summary>Every name a tree declares where another tree could bind it; false for a global using, which changes everyone's binding.</summary>
        private static bool AddDeclaredNames(SyntaxNode node, HashSet<string> names)
        {
            foreach (var child in node.ChildNodes())
            {
                switch (child)
                {
                    case UsingDirectiveSyntax @using when @using.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword):
                        return false;
                    case BaseNamespaceDeclarationSyntax ns:
                        foreach (var identifier in ns.Name.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                        {
                            names.Add(identifier.Identifier.ValueText);
                        }

                        if (!AddDeclaredNames(ns, names))
                        {
                            return false;
                        }

                        break;
                    case BaseTypeDeclarationSyntax type:
                        names.Add(type.Identifier.ValueText);
                        if (!AddDeclaredNames(type, names))
                        {
                            return false;
                        }

                        break;
                    case DelegateDeclarationSyntax @delegate:
                        names.Add(@delegate.Identifier.ValueText);
                        break;
                    case MethodDeclarationSyntax method:
                        names.Add(method.Identifier.ValueText);
                        break;
                    case PropertyDeclarationSyntax property:
                        names.Add(property.Identifier.ValueText);
                        break;
                    case EventDeclarationSyntax @event:
                        names.Add(@event.Identifier.ValueText);
                        break;
                    case BaseFieldDeclarationSyntax field:
                        foreach (var variable in field.Declaration.Variables)
                        {
                            names.Add(variable.Identifier.ValueText);
                        }

                        break;
                    case EnumMemberDeclarationSyntax member:
                        names.Add(member.Identifier.ValueText);
                        break;
                    case IndexerDeclarationSyntax:
                        names.Add("this[]");
                        break;
                    case OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax:
                        return false;
                }
            }

            return true;
        }
    }
}
