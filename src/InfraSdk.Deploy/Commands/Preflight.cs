using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Rules;
using InfraSdk.Deploy.Secrets;
using Spectre.Console;

namespace InfraSdk.Deploy.Commands;

/// <summary>What plan and deploy do before connecting: check the rules, then resolve every Secret's sources.</summary>
internal static class Preflight
{
    public static void Run(HostContext host, ClusterChoice choice, IAnsiConsole human, RunReport report)
    {
        RuleGate.Check(host, human, report);
        var values = new SecretValues(host.Console.Environment, Directory.GetCurrentDirectory());
        foreach (var note in SecretResolution.Apply(host.Topology, values, host.Redactor, generateMissing: choice.Local))
        {
            human.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        }
    }
}
