namespace InfraSdk.RunnerBench;

/// <summary>
/// N NodePort Services, each pinning its own nodePort (30000 + i), and N Deployments behind them. Replicas are 0 by
/// default: the apply comparison measures API writes, and the embedded cluster on main runs at most ~155 pods.
/// </summary>
internal static class Topologies
{
    public const string Name = "BenchTopology";

    public static TopologyManifests Services(int count, int replicas = 0, string ns = "bench")
    {
        var resources = new List<Resource>();
        for (var i = 0; i < count; i++)
        {
            var app = $"app-{i}";
            resources.Add(new Deployment(app)
            {
                Replicas = replicas,
                Labels = { ["app"] = app },
                Container = new("nginx:1.27") { Ports = { new(8080) } },
            });
            resources.Add(new NodePortService($"svc-{i}")
            {
                Selector = { ["app"] = app },
                Ports = { new ServicePort(Port: 80, TargetPort: 8080, NodePort: 30000 + i) },
            });
        }

        var manifests = resources.Select(resource => Manifest.From(resource, Name, ns)).Prepend(Manifest.ForNamespace(ns, Name)).ToList();
        return new TopologyManifests(Name, ns, manifests, resources);
    }
}
