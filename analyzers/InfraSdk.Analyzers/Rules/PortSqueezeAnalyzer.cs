using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>
/// IS0011: the nodePorts pinned by this compilation and its references use more of the range than the threshold,
/// reported at each topology class that pins one.
/// </summary>
/// <remarks>
/// Counts are written with invariant N0 rather than Humanizer: an analyzer's dependencies are not loaded by every host
/// (a ProjectReference with OutputItemType="Analyzer" passes only the analyzer assembly to the compiler).
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PortSqueezeAnalyzer : TopologyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PortSqueeze);

    private protected override void Analyze(TopologyContext context)
    {
        if (context.Claims.IsEmpty)
        {
            return;
        }

        var range = context.Settings.Range;
        var used = context.Compilation.Claims.CountClaimedIn(range);
        var threshold = context.Settings.ThresholdPercent;
        if ((long)used * 100 <= (long)threshold * range.Size)
        {
            return;
        }

        var percent = (int)((long)used * 100 / range.Size);
        context.Report(
            DiagnosticDescriptors.PortSqueeze,
            context.Topology.ClassSpan,
            used.ToString("N0", CultureInfo.InvariantCulture),
            range.Size.ToString("N0", CultureInfo.InvariantCulture),
            percent,
            range,
            threshold);
    }
}
