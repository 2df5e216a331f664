using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InfraSdk.Analyzers.Index;
using Microsoft.CodeAnalysis;

namespace InfraSdk.CodeFixes;

/// <summary>The lowest free nodePort of a project: static band first, then the rest of the range.</summary>
internal static class FreeNodePorts
{
    public static async Task<TopologyCompilation?> IndexOfAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        return compilation is null ? null : TopologyCompilation.For(compilation, project.AnalyzerOptions.AnalyzerConfigOptionsProvider);
    }

    public static int? Lowest(TopologyCompilation index, ISet<int>? taken = null) => index.Claims.LowestFree(index.Settings.Range, taken);
}
