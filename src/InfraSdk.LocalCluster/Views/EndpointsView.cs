using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.DataPlane;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Views;

/// <summary>
/// The Endpoints the endpoints controller writes for a Service: its selected pods, ready ones under
/// addresses and the others under notReadyAddresses, with each service port's resolved target port. The controller
/// gives it its uid and creation time.
/// </summary>
internal static class EndpointsView
{
    public static JsonObject For(JsonObject service, IReadOnlyList<PodInfo> pods, Func<JsonObject, JsonObject, int> resolveTargetPort)
    {
        var metadata = service.Object("metadata");
        var ns = metadata.String("namespace") ?? "";
        var selector = service.Object("spec").StringMap("selector");
        var endpoints = new JsonObject
        {
            ["kind"] = "Endpoints",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject
            {
                ["name"] = service.Name(),
                ["namespace"] = ns,
            },
        };
        if (metadata?["labels"] is JsonObject labels)
        {
            endpoints.Metadata()["labels"] = labels.DeepClone();
        }

        if (selector.Count == 0)
        {
            return endpoints;
        }

        var selected = Selected(service, pods);
        if (selected.Count == 0)
        {
            return endpoints;
        }

        var subset = new JsonObject();
        if (selected.Any(pod => pod.Ready))
        {
            subset["addresses"] = Addresses(selected.Where(pod => pod.Ready));
        }

        if (selected.Any(pod => !pod.Ready))
        {
            subset["notReadyAddresses"] = Addresses(selected.Where(pod => !pod.Ready));
        }

        subset["ports"] = Ports(service, resolveTargetPort, emptyName: null);
        endpoints["subsets"] = new JsonArray(subset);
        return endpoints;
    }

    /// <summary>The pods the Service's selector matches, by name.</summary>
    public static List<PodInfo> Selected(JsonObject service, IReadOnlyList<PodInfo> pods)
    {
        var ns = service.Object("metadata").String("namespace") ?? "";
        var selector = service.Object("spec").StringMap("selector");
        return selector.Count == 0
            ? []
            : [.. pods
                .Where(pod => pod.Namespace == ns && selector.All(label => pod.Labels.TryGetValue(label.Key, out var value) && value == label.Value))
                .OrderBy(pod => pod.Name, StringComparer.Ordinal)];
    }

    /// <summary>Each service port as an endpoint port: its name (when it has one, else <paramref name="emptyName"/>), resolved target port and protocol.</summary>
    public static JsonArray Ports(JsonObject service, Func<JsonObject, JsonObject, int> resolveTargetPort, string? emptyName)
    {
        var ports = new JsonArray();
        foreach (var port in service.Object("spec").Array("ports").Objects())
        {
            var entry = new JsonObject();
            if ((port.String("name") is { Length: > 0 } name ? name : emptyName) is { } shown)
            {
                entry["name"] = shown;
            }

            entry["port"] = resolveTargetPort(service, port);
            entry["protocol"] = port.String("protocol") ?? "TCP";
            ports.Add(entry);
        }

        return ports;
    }

    private static JsonArray Addresses(IEnumerable<PodInfo> pods)
    {
        var addresses = new JsonArray();
        foreach (var pod in pods)
        {
            addresses.Add(new JsonObject
            {
                ["ip"] = pod.Address.ToString(),
                ["nodeName"] = pod.NodeName,
                ["targetRef"] = new JsonObject { ["kind"] = "Pod", ["namespace"] = pod.Namespace, ["name"] = pod.Name },
            });
        }

        return addresses;
    }
}
