using Humanizer;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Probing;

namespace InfraSdk.Deploy.Commands;

/// <summary>Probes every (node, service port) pair, shows the matrix and the addresses, and says whether all answered.</summary>
internal static class VerifyStep
{
    public static async Task<int> RunAsync(CommandSession session, VerifySettings settings, CancellationToken cancellationToken)
    {
        var targets = await new ProbePlan(session.Api, session.Topology).BuildAsync(settings, cancellationToken);
        var results = await Reachability.ProbeAsync(targets, settings, cancellationToken);
        session.Report.Probes.AddRange(results);
        ProbeMatrixView.Write(session.Human, results);
        var failed = results.Where(result => !result.IsAcceptable).ToList();
        if (failed.Count == 0)
        {
            return ExitCodes.Success;
        }

        var examples = failed.Take(3).Select(r => $"{r.Target.Node} {r.Target.Address}:{r.Target.NodePort} {JsonReportWriter.Spell(r.Outcome)}");
        throw new CommandException(
            $"{failed.Count} of {"probed node/port pair".ToQuantity(results.Count(r => r.Target.IsProbed))} did not answer ({string.Join(", ", examples)}{(failed.Count > 3 ? ", ..." : "")}).");
    }
}
