using System.Net;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Tests.Infrastructure;
using k8s;

namespace InfraSdk.LocalCluster.Tests.Durability;

/// <summary>
/// What a restarted cluster must hold after a kill: every acknowledged create with the nodePorts its answer carried,
/// every acknowledged update, no acknowledged delete, no nodePort held by two Services, an allocator that refuses exactly the stored ports
/// (a dry-run create pinning a stored port gets 422 "already allocated"; one pinning any other port the writes
/// touched is accepted), and automatic picks that never hand out a stored port.
/// </summary>
internal static class DurabilityAudit
{
    private const string Services = "/api/v1/namespaces/default/services";

    /// <summary>Returns one sentence per violation; none when the cluster is consistent. Creates <paramref name="probes"/>
    /// Services with automatic nodePorts (entered in the ledger like any acknowledged write).</summary>
    public static async Task<List<string>> RunAsync(RawApi api, WriteLedger ledger, string probePrefix, int probes)
    {
        var violations = new List<string>();
        var stored = new Dictionary<(string, string), JsonNode>();
        foreach (var (resource, path) in new[] { ("services", Services), ("configmaps", "/api/v1/namespaces/default/configmaps"), ("deployments", "/apis/apps/v1/namespaces/default/deployments") })
        {
            var list = await api.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, list.Status);
            foreach (var item in list.Body!["items"]!.AsArray())
            {
                stored[(resource, (string)item!["metadata"]!["name"]!)] = item;
            }
        }

        var unknown = ledger.Unknown;
        foreach (var (key, ports) in ledger.Created.Where(entry => !unknown.Contains(entry.Key)))
        {
            if (!stored.TryGetValue(key, out var obj))
            {
                violations.Add($"lost: the acknowledged create of {key.Resource}/{key.Name}");
            }
            else if (!WriteLedger.NodePorts(obj).Order().SequenceEqual(ports.Order()))
            {
                violations.Add($"changed: {key.Resource}/{key.Name} holds nodePorts [{string.Join(",", WriteLedger.NodePorts(obj))}], acknowledged with [{string.Join(",", ports)}]");
            }
        }

        foreach (var (configMap, keys) in ledger.Annotations)
        {
            var annotations = stored.GetValueOrDefault(("configmaps", configMap))?["metadata"]?["annotations"]?.AsObject();
            violations.AddRange(keys.Where(key => annotations?.ContainsKey(key) != true).Select(key => $"lost: the acknowledged annotation {key} of configmaps/{configMap}"));
        }

        violations.AddRange(ledger.DeletedServices.Where(name => stored.ContainsKey(("services", name))).Select(name => $"resurrected: services/{name}, whose delete was acknowledged"));

        var owners = stored.Where(entry => entry.Key.Item1 == "services")
            .SelectMany(entry => WriteLedger.NodePorts(entry.Value).Select(port => (Port: port, Owner: entry.Key.Item2)))
            .GroupBy(entry => entry.Port)
            .ToDictionary(group => group.Key, group => group.Select(entry => entry.Owner).ToList());
        violations.AddRange(owners.Where(entry => entry.Value.Count > 1).Select(entry => $"double allocation: nodePort {entry.Key} is held by {string.Join(" and ", entry.Value)}"));

        foreach (var port in ledger.PortsSeen.Union(owners.Keys).Order())
        {
            var answer = await api.PostAsync(Services + "?dryRun=All", KubernetesJson.Serialize(Objects.NodePortService("audit", Objects.Port("http", 80, port))));
            var refused = answer.Status == HttpStatusCode.UnprocessableEntity && answer.Message?.EndsWith($"Invalid value: {port}: provided port is already allocated", StringComparison.Ordinal) == true;
            if (owners.ContainsKey(port) && !refused)
            {
                violations.Add($"allocator forgot: nodePort {port} of {owners[port][0]} is stored, yet pinning it got {(int)answer.Status} {answer.Message}");
            }
            else if (!owners.ContainsKey(port) && answer.Status != HttpStatusCode.Created)
            {
                violations.Add($"allocator leak: nodePort {port} is held by no stored Service, yet pinning it got {(int)answer.Status} {answer.Message}");
            }
        }

        for (var i = 0; i < probes; i++)
        {
            var name = $"{probePrefix}-{i}";
            var answer = await api.PostAsync(Services, KubernetesJson.Serialize(Objects.NodePortService(name, Objects.Port("http", 80))));
            Assert.True(answer.Status == HttpStatusCode.Created, $"{name}: {(int)answer.Status} {answer.Message}");
            ledger.CreateAcknowledged("services", name, answer.Body!);
            violations.AddRange(WriteLedger.NodePorts(answer.Body).Where(owners.ContainsKey).Select(port => $"automatic pick {port} for {name} is stored for {owners[port][0]}"));
        }

        return violations;
    }
}
