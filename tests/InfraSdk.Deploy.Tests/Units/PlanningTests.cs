using InfraSdk.Deploy.Commands;
using InfraSdk.Deploy.Planning;
using InfraSdk.Deploy.Tests.Infrastructure;
using InfraSdk.Deploy.Topology;
using k8s.Models;

namespace InfraSdk.Deploy.Tests.Units;

public sealed class PlanningTests
{
    [Fact]
    public void Field_diff_ignores_server_bookkeeping_and_lists_changed_paths()
    {
        var before = new V1Service
        {
            Metadata = new V1ObjectMeta { Name = "web", ResourceVersion = "7", Generation = 1 },
            Spec = new V1ServiceSpec { Ports = [new V1ServicePort { Port = 80, NodePort = 30007 }] },
            Status = new V1ServiceStatus(),
        };
        var after = new V1Service
        {
            ApiVersion = "v1",
            Kind = "Service",
            Metadata = new V1ObjectMeta { Name = "web", ResourceVersion = "9", Generation = 2, Labels = new Dictionary<string, string> { ["team"] = "shop" } },
            Spec = new V1ServiceSpec { Ports = [new V1ServicePort { Port = 80, NodePort = 30008 }] },
        };

        var changes = FieldDiff.Compare(before, after);

        Assert.Equal(["metadata.labels.team: (none) -> shop", "spec.ports[0].nodePort: 30007 -> 30008"], changes.Select(c => c.ToString()));
    }

    [Fact]
    public void Conflicts_ignore_the_topologys_own_services_and_protocol()
    {
        var topology = DesiredTopology.From([ShopLike.Create()]);
        V1Service Live(string ns, string name, int nodePort, string protocol, bool owned) => new()
        {
            Metadata = new V1ObjectMeta
            {
                Name = name,
                NamespaceProperty = ns,
                Labels = owned ? new Dictionary<string, string> { [OwnershipLabels.ManagedByKey] = "infrasdk", [OwnershipLabels.TopologyKey] = ShopLike.Topology } : null,
            },
            Spec = new V1ServiceSpec { Ports = [new V1ServicePort { Port = 53, NodePort = nodePort, Protocol = protocol }] },
        };

        var conflicts = NodePortConflicts.Find(topology,
        [
            Live("shop", "my-nodeport-service", 30007, "TCP", owned: true),
            Live("dns", "resolver", 30514, "TCP", owned: false),
            Live("other", "unrelated", 31000, "TCP", owned: false),
        ]);

        var conflict = Assert.Single(conflicts);
        Assert.Equal(30514, conflict.NodePort);
        Assert.Equal("dns/resolver", conflict.HeldBy);
        Assert.Equal("nodePort 30514 of Service shop/syslog-udp Ports[0] (514/UDP) is already held by Service dns/resolver.", conflict.ToString());
    }

    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("30s", 30_000)]
    [InlineData("2m", 120_000)]
    [InlineData("00:00:05", 5_000)]
    public void Durations_parse(string text, int milliseconds)
    {
        Assert.True(Duration.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), value);
    }
}
