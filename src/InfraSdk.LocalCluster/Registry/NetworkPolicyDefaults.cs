using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>SetDefaults_NetworkPolicy (networking/v1): ports default to TCP, and policyTypes follow the rules given.</summary>
internal static class NetworkPolicyDefaults
{
    public static void Apply(JsonObject policy)
    {
        var spec = policy.EnsureObject("spec");
        spec["podSelector"] ??= new JsonObject();
        foreach (var rule in spec.Array("ingress").Objects().Concat(spec.Array("egress").Objects()))
        {
            foreach (var port in rule.Array("ports").Objects())
            {
                port["protocol"] ??= "TCP";
            }
        }

        if ((spec.Array("policyTypes")?.Count ?? 0) == 0)
        {
            var types = new JsonArray("Ingress");
            if ((spec.Array("egress")?.Count ?? 0) > 0)
            {
                types.Add("Egress");
            }

            spec["policyTypes"] = types;
        }
    }
}
