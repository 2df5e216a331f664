using InfraSdk.Rules;
using InfraSdk.Declarations;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using InfraSdk.Analyzers.Settings;
using InfraSdk.Extraction.Model;
using InfraSdk.Extraction.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Index;

/// <summary>
/// What every rule needs to know about one compilation: its topologies, the nodePorts they and the referenced
/// assemblies claim, its declarations and its settings. Built once per compilation, on first use, in one linear pass,
/// and shared by all InfraSdk analyzers and code fixes.
/// </summary>
internal sealed class TopologyCompilation
{
    private static readonly ConditionalWeakTable<Compilation, System.Lazy<TopologyCompilation>> Cache = new();

    private readonly ImmutableDictionary<ISymbol, DeclaredTopology> _topologies;
    private readonly ImmutableDictionary<(string FilePath, int Start), NodePortClaim> _claimsByStart;
    private readonly Dictionary<string, SyntaxTree> _treesByPath;

    private TopologyCompilation(
        Compilation compilation,
        ImmutableDictionary<ISymbol, DeclaredTopology> topologies,
        NodePortClaimIndex claims,
        ImmutableDictionary<(string FilePath, int Start), NodePortClaim> claimsByStart,
        InfraSdkSettings settings)
    {
        _topologies = topologies;
        Claims = claims;
        _claimsByStart = claimsByStart;
        Settings = settings;
        _treesByPath = compilation.SyntaxTrees.GroupBy(t => t.FilePath).ToDictionary(g => g.Key, g => g.First());
        Declarations = new DeclaredTopologies(
            topologies.Values.SelectMany(t => t.Complete),
            topologies.Values.SelectMany(t => t.Spec.Resources.Where(r => !r.IsComplete).Select(r => (
                DeclaredTopologies.KindOf(r.Kind.ToString()),
                r.Namespace is { } ns ? ns.Value : r.NonConstantValues.Count > 0 ? string.Empty : t.Spec.KubernetesNamespace,
                r.Name?.Value ?? string.Empty))),
            topologies.Values.SelectMany(t => t.PartlyRead));
        foreach (var topology in topologies.Values)
        {
            topology.JudgeAgainst(Declarations);
        }
    }

    /// <summary>Every declaration of the compilation the compiler could read in full, for the rules of <see cref="RuleCatalog"/>.</summary>
    public DeclaredTopologies Declarations { get; }

    /// <summary>
    /// What <paramref name="rule"/> finds about <paramref name="topology"/>'s declarations, judged against every
    /// declaration of the compilation and worked out once: an IDE asking about one document pays for its topologies only.
    /// </summary>
    public ImmutableArray<RuleFinding> Findings(ITopologyRule rule, DeclaredTopology topology) =>
        topology.Findings.GetOrAdd(rule.GetType(), _ => new System.Lazy<ImmutableArray<RuleFinding>>(() => rule.Check(topology.View!).ToImmutableArray())).Value;

    public NodePortClaimIndex Claims { get; }

    public InfraSdkSettings Settings { get; }

    public IEnumerable<TopologySpec> Topologies => _topologies.Values.Select(t => t.Spec);

    public static TopologyCompilation For(Compilation compilation, AnalyzerConfigOptionsProvider options) =>
        Cache.GetValue(compilation, c => new System.Lazy<TopologyCompilation>(() => Build(c, options), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    public bool TryGetTopology(INamedTypeSymbol type, out DeclaredTopology topology) =>
        _topologies.TryGetValue(type.OriginalDefinition, out topology!);

    /// <summary>The claim declared in this compilation whose value starts where <paramref name="location"/> does, if any.</summary>
    public NodePortClaim? ClaimAt(Location location) =>
        location.SourceTree is { } tree && _claimsByStart.TryGetValue((tree.FilePath, location.SourceSpan.Start), out var claim) ? claim : null;

    /// <summary>The location of <paramref name="span"/> in this compilation's syntax trees.</summary>
    public Location Locate(SourceSpan span) =>
        _treesByPath.TryGetValue(span.FilePath, out var tree)
            ? Location.Create(tree, span.ToTextSpan())
            : span.ToLocation();

    /// <summary>The source text of <paramref name="span"/>, e.g. "Environment.GetEnvironmentVariable(\"PORT\")".</summary>
    public string TextOf(SourceSpan span) =>
        _treesByPath.TryGetValue(span.FilePath, out var tree)
            ? tree.GetText().ToString(span.ToTextSpan())
            : span.ToDisplayString();

    // Never cancelled: a cancelled build must not be cached; the pass is linear and cheap next to binding the topologies.
    private static TopologyCompilation Build(Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        var topologies = ImmutableDictionary.CreateBuilder<ISymbol, DeclaredTopology>(SymbolEqualityComparer.Default);
        foreach (var type in TopologyClasses.Find(compilation, CancellationToken.None))
        {
            var spec = TopologySpecCache.Parse(type, compilation, CancellationToken.None);
            topologies[type] = new DeclaredTopology(spec, LocalClaims.Of(spec).ToImmutableArray());
        }

        var localClaims = topologies.Values.SelectMany(t => t.Claims).ToList();
        var claimsByStart = localClaims
            .Where(c => c.Span is not null)
            .GroupBy(c => (c.Span!.Value.FilePath, c.Span.Value.Start))
            .ToImmutableDictionary(g => g.Key, g => g.First());
        var claims = new NodePortClaimIndex(localClaims.Concat(ReferencedClaims.Read(compilation, CancellationToken.None)));


        var topologyTrees = topologies.Keys.SelectMany(t => t.DeclaringSyntaxReferences).Select(r => r.SyntaxTree).Distinct();
        var settings = InfraSdkSettings.Read(options, topologyTrees);
        return new TopologyCompilation(compilation, topologies.ToImmutable(), claims, claimsByStart, settings);
    }
}
