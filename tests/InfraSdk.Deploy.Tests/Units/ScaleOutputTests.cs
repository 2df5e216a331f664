using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Planning;
using InfraSdk.Deploy.Probing;
using InfraSdk.Deploy.Topology;
using InfraSdk.Deploy.Waiting;
using InfraSdk.Kubernetes;
using k8s.Models;
using Spectre.Console;

namespace InfraSdk.Deploy.Tests.Units;

/// <summary>
/// At the whole node-port range (2,768 NodePort Services and their Deployments on 5 nodes) every summary the runner
/// prints stays a screenful: counts, the first few names and "and N more", never a line per object.
/// </summary>
public sealed class ScaleOutputTests
{
    private const int Services = 2768;

    [Fact]
    public void Plan_and_deploy_changes_show_twenty_per_action_and_count_the_rest()
    {
        var changes = Enumerable.Range(0, Services)
            .SelectMany(i => new[] { Change.Of(Key("Deployment", $"app-{i}"), ChangeAction.Create), Change.Of(Key("Service", $"svc-{i}"), ChangeAction.Update) })
            .ToList();

        var lines = Render(console => PlanView.WriteChanges(console, changes));

        Assert.True(lines.Count <= 2 * PlanView.Shown + 2, $"{lines.Count} lines");
        Assert.Contains(lines, line => line.Contains("and 2748 more create", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("and 2748 more update", StringComparison.Ordinal));
    }

    [Fact]
    public void Destroy_lists_twenty_deletes_and_counts_the_rest()
    {
        var lines = Render(console => PlanView.WriteChanges(console, Enumerable.Range(0, Services).Select(i => Change.Of(Key("Service", $"svc-{i}"), ChangeAction.Delete))));

        Assert.Equal(PlanView.Shown + 1, lines.Count);
        Assert.Contains("and 2748 more delete", lines[^1]);
    }

    [Fact]
    public void The_wait_prints_one_line_of_counts_and_the_first_few_waiting()
    {
        var states = Enumerable.Range(0, Services)
            .SelectMany(i => new[]
            {
                new Readiness(Key("Deployment", $"app-{i}"), i >= 10, i >= 10 ? "2/2 replicas ready" : "0/2 replicas ready"),
                new Readiness(Key("Service", $"svc-{i}"), i >= 10, i >= 10 ? "2 ready endpoints" : "no ready endpoints"),
            })
            .ToList();

        var lines = Render(console => new PlainRolloutDisplay(console).RunAsync(report =>
        {
            report(states);
            report(states);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult());

        var line = Assert.Single(lines);
        Assert.StartsWith("2758/2768 Deployments ready, 2758/2768 Services ready; waiting for Deployment shop/app-0 (0/2 replicas ready),", line);
        Assert.EndsWith("and 17 more", line);
    }

    [Fact]
    public void Verify_shows_counts_per_node_instead_of_a_matrix_of_2768_columns()
    {
        var results = Enumerable.Range(0, 5)
            .SelectMany(node => Enumerable.Range(0, Services).Select(i => new ProbeResult(
                new ProbeTarget($"node-{node}", $"127.0.10.{node + 1}", $"shop/svc-{i}", 30000 + i, "TCP", null, false),
                i == 7 && node == 2 ? ProbeOutcome.Refused : ProbeOutcome.Reachable,
                i == 7 && node == 2 ? null : 0.2)))
            .ToList();

        var lines = Render(console => ProbeMatrixView.Write(console, results));

        Assert.True(lines.Count < 45, $"{lines.Count} lines:\n{string.Join('\n', lines)}");
        Assert.Contains(lines, line => line.Contains("node-2 127.0.10.3:30007 (shop/svc-7) refused", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("and 13819 more", StringComparison.Ordinal));
    }

    [Fact]
    public void Ports_shows_twenty_holders_and_twenty_claims_conflicts_first()
    {
        var resources = Enumerable.Range(0, Services)
            .Select(i => (Resource)new NodePortService($"svc-{i}") { Selector = { ["app"] = "web" }, Ports = { new ServicePort(Port: 80, TargetPort: 8080, NodePort: 30000 + i) } })
            .ToList();
        var manifests = resources.Select(r => Manifest.From(r, "Big", "shop")).Prepend(Manifest.ForNamespace("shop", "Big")).ToList();
        var topology = DesiredTopology.From([new TopologyManifests("Big", "shop", manifests, resources)]);
        var live = Enumerable.Range(0, Services).Select(i => new V1Service
        {
            Metadata = new V1ObjectMeta { Name = i == 2000 ? "intruder" : $"svc-{i}", NamespaceProperty = i == 2000 ? "other" : "shop" },
            Spec = new V1ServiceSpec { Type = "NodePort", Ports = [new V1ServicePort { Port = 80, NodePort = 30000 + i }] },
        });

        var lines = Render(console => PortsView.Write(console, NodePortUsage.Compute(NodePortRange.Default, live, topology)));

        Assert.True(lines.Count < 80, $"{lines.Count} lines");
        Assert.Contains(lines, line => line.Contains("and 2748 more", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("conflict: held by other/intruder", StringComparison.Ordinal));
    }

    private static ObjectKey Key(string kind, string name) => new(kind == "Deployment" ? "apps" : "", kind, "shop", name);

    private static List<string> Render(Action<IAnsiConsole> write)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 1000;
        write(console);
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd()).Where(line => line.Length > 0).ToList();
    }
}
