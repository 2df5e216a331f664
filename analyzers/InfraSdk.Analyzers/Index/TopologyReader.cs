using System.Threading;
using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Analyzers.Index;

/// <summary>Reads one [Topology] class through the shared extraction layer.</summary>
internal static class TopologyReader
{
    public static TopologySpec? Read(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken) => null;
}
