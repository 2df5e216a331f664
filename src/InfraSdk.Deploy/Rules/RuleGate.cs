using Humanizer;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Output;
using Spectre.Console;

namespace InfraSdk.Deploy.Rules;

/// <summary>
/// Runs the rules on the declared objects before plan or deploy sends anything: prints the findings (at most
/// <see cref="Shown"/> lines, then a count) and stops the command on any error.
/// </summary>
internal static class RuleGate
{
    private const int Shown = 20;

    public static void Check(HostContext host, IAnsiConsole human, RunReport report)
    {
        var findings = host.Rules(host.Topology.Sources).OrderBy(finding => finding.IsError ? 0 : 1).ToList();
        foreach (var finding in findings.Take(Shown))
        {
            var colour = finding.IsError ? "red" : finding.Severity == "Warning" ? "yellow" : "grey";
            human.MarkupLine($"[{colour}]{Markup.Escape(finding.ToString())}[/]");
        }

        if (findings.Count > Shown)
        {
            human.MarkupLine($"[grey]and {findings.Count - Shown} more[/]");
        }

        var errors = findings.Where(finding => finding.IsError).ToList();
        if (errors.Count > 0)
        {
            report.Problems.AddRange(errors.Select(error => error.ToString()));
            throw new CommandException($"The topology breaks {"rule".ToQuantity(errors.Count)} ({ShortList.Of(errors.Select(e => e.RuleId).Distinct())}); nothing was sent to the cluster.", ExitCodes.Usage);
        }
    }
}
