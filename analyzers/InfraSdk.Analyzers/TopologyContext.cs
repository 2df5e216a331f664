using InfraSdk.Rules;
using InfraSdk.Declarations;
using System.Collections.Immutable;
using InfraSdk.Analyzers.Index;
using InfraSdk.Analyzers.Settings;
using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers;

/// <summary>One topology class being analyzed, the compilation-wide index, and a way to report at a spec's span.</summary>
internal readonly struct TopologyContext
{
    private readonly SymbolAnalysisContext _context;

    public TopologyContext(SymbolAnalysisContext context, TopologyCompilation compilation, DeclaredTopology topology)
    {
        _context = context;
        Compilation = compilation;
        Declared = topology;
        Topology = topology.Spec;
        Claims = topology.Claims;
    }

    public TopologyCompilation Compilation { get; }

    public TopologySpec Topology { get; }

    /// <summary>The topology as the compilation's index holds it.</summary>
    public DeclaredTopology Declared { get; }

    /// <summary>The nodePorts and healthCheckNodePorts this topology's NodePort and LoadBalancer Services pin.</summary>
    public ImmutableArray<NodePortClaim> Claims { get; }

    public InfraSdkSettings Settings => Compilation.Settings;

    /// <summary>The full paths of the project's AdditionalFiles items, which the generator can read.</summary>
    public System.Collections.Generic.IEnumerable<string> AdditionalFilePaths => System.Linq.Enumerable.Select(_context.Options.AdditionalFiles, file => file.Path);

    /// <summary>Whether <paramref name="resource"/> is one of this topology's declarations.</summary>
    public bool Declares(DeclaredResource resource)
    {
        foreach (var declared in Topology.Resources)
        {
            if (ReferenceEquals(declared.Declaration, resource.Declaration))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"shop/my-nodeport-service": how messages name a resource of this topology.</summary>
    public string NameOf(ResourceSpec resource) =>
        resource.NamespaceOr(Topology.KubernetesNamespace) + "/" + (resource.Name?.Value ?? Topology.ClassName + "." + resource.MemberName);

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] arguments) =>
        Report(descriptor, span, ImmutableDictionary<string, string?>.Empty, arguments);

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, ImmutableDictionary<string, string?> properties, params object?[] arguments)
    {
        _context.CancellationToken.ThrowIfCancellationRequested();
        _context.ReportDiagnostic(Diagnostic.Create(descriptor, Compilation.Locate(span), properties, arguments));
    }
}
