using System.Globalization;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Views;

/// <summary>
/// The meta.k8s.io/v1 Table that kubectl get asks for, with the columns kube-apiserver's printers give each resource.
/// </summary>
internal static class TableView
{
    private sealed record Column(string Name, string Description, int Priority, Func<JsonObject, DateTimeOffset, string> Cell);

    private static readonly Column NameColumn = new("Name", "Name must be unique within a namespace.", 0, (obj, _) => obj.Name());
    private static readonly Column AgeColumn = new("Age", "CreationTimestamp is a timestamp representing the server time when this object was created.", 0, Age);

    private static readonly Dictionary<ResourceType, Column[]> Columns = new()
    {
        [ResourceType.Nodes] =
        [
            NameColumn,
            new("Status", "The status of the node", 0, (node, _) => NodeReady(node)),
            new("Roles", "The roles of the node", 0, (node, _) => NodeRoles(node)),
            AgeColumn,
            new("Version", "Kubelet Version reported by the node.", 0, (node, _) => node.Object("status").Object("nodeInfo").String("kubeletVersion") ?? ""),
            new("Internal-IP", "List of internal IPs for the node.", 1, (node, _) => NodeAddress(node, "InternalIP")),
            new("External-IP", "List of external IPs for the node.", 1, (node, _) => NodeAddress(node, "ExternalIP")),
            new("OS-Image", "OS image reported by the node.", 1, (node, _) => node.Object("status").Object("nodeInfo").String("osImage") ?? ""),
            new("Kernel-Version", "Kernel version reported by the node.", 1, (node, _) => node.Object("status").Object("nodeInfo").String("kernelVersion") ?? ""),
            new("Container-Runtime", "Container runtime version reported by the node.", 1, (node, _) => node.Object("status").Object("nodeInfo").String("containerRuntimeVersion") ?? ""),
        ],
        [ResourceType.Namespaces] =
        [
            NameColumn,
            new("Status", "The status of the namespace", 0, (ns, _) => ns.Object("status").String("phase") ?? ""),
            AgeColumn,
        ],
        [ResourceType.Services] =
        [
            NameColumn,
            new("Type", "The type of the service.", 0, (service, _) => service.Object("spec").String("type") ?? ""),
            new("Cluster-IP", "The IP address of the service.", 0, (service, _) => service.Object("spec").String("clusterIP") is { Length: > 0 } ip ? ip : "<none>"),
            new("External-IP", "The external IP address of the service.", 0, (service, _) => service.Object("spec").String("type") == "LoadBalancer" ? "<pending>" : "<none>"),
            new("Port(s)", "The ports of the service.", 0, (service, _) => ServicePorts(service)),
            AgeColumn,
            new("Selector", "The label selector of the service.", 1, (service, _) => Selector(service.Object("spec").StringMap("selector"))),
        ],
        [ResourceType.Deployments] =
        [
            NameColumn,
            new("Ready", "Number of the pod with ready state", 0, (deployment, _) => $"{Status(deployment, "readyReplicas")}/{deployment.Object("spec").Integer("replicas") ?? 0}"),
            new("Up-to-date", "Total number of non-terminated pods targeted by this deployment that have the desired template spec.", 0, (deployment, _) => Status(deployment, "updatedReplicas")),
            new("Available", "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.", 0, (deployment, _) => Status(deployment, "availableReplicas")),
            AgeColumn,
            new("Containers", "Names of each container in the template.", 1, (deployment, _) => string.Join(",", Containers(deployment).Select(container => container.String("name")))),
            new("Images", "Images referenced by each container in the template.", 1, (deployment, _) => string.Join(",", Containers(deployment).Select(container => container.String("image")))),
            new("Selector", "Label selector for pods.", 1, (deployment, _) => Selector(deployment.Object("spec").Object("selector").StringMap("matchLabels"))),
        ],
        [ResourceType.Endpoints] =
        [
            NameColumn,
            new("Endpoints", "Endpoints of the resource.", 0, (endpoints, _) => EndpointAddresses(endpoints)),
            AgeColumn,
        ],
    };

    public static bool IsRequested(string? accept) => accept?.Contains("as=Table", StringComparison.Ordinal) == true;

    public static JsonObject Create(ResourceType type, IEnumerable<JsonObject> objects, string resourceVersion, DateTimeOffset now)
    {
        var columns = Columns[type];
        var definitions = new JsonArray();
        foreach (var column in columns)
        {
            definitions.Add(new JsonObject
            {
                ["name"] = column.Name,
                ["type"] = "string",
                ["format"] = column == NameColumn ? "name" : "",
                ["description"] = column.Description,
                ["priority"] = column.Priority,
            });
        }

        var rows = new JsonArray();
        foreach (var obj in objects)
        {
            var cells = new JsonArray();
            foreach (var column in columns)
            {
                cells.Add(column.Cell(obj, now));
            }

            rows.Add(new JsonObject
            {
                ["cells"] = cells,
                ["object"] = new JsonObject
                {
                    ["kind"] = "PartialObjectMetadata",
                    ["apiVersion"] = "meta.k8s.io/v1",
                    ["metadata"] = obj.Object("metadata")?.DeepClone(),
                },
            });
        }

        return new JsonObject
        {
            ["kind"] = "Table",
            ["apiVersion"] = "meta.k8s.io/v1",
            ["metadata"] = new JsonObject { ["resourceVersion"] = resourceVersion },
            ["columnDefinitions"] = definitions,
            ["rows"] = rows,
        };
    }

    private static string Age(JsonObject obj, DateTimeOffset now) =>
        DateTimeOffset.TryParse(obj.Object("metadata").String("creationTimestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created)
            ? HumanDuration.Format(now - created)
            : "<unknown>";

    private static string NodeReady(JsonObject node)
    {
        var ready = node.Object("status").Array("conditions").Objects().FirstOrDefault(condition => condition.String("type") == "Ready");
        var status = ready.String("status") == "True" ? "Ready" : "NotReady";
        return node.Object("spec").Boolean("unschedulable") == true ? status + ",SchedulingDisabled" : status;
    }

    private static string NodeRoles(JsonObject node)
    {
        var roles = node.Object("metadata").StringMap("labels").Keys
            .Where(key => key.StartsWith("node-role.kubernetes.io/", StringComparison.Ordinal))
            .Select(key => key["node-role.kubernetes.io/".Length..])
            .ToList();
        return roles.Count == 0 ? "<none>" : string.Join(",", roles);
    }

    private static string NodeAddress(JsonObject node, string type) =>
        node.Object("status").Array("addresses").Objects().FirstOrDefault(address => address.String("type") == type).String("address") ?? "<none>";

    private static string ServicePorts(JsonObject service)
    {
        var ports = service.Object("spec").Array("ports").Objects()
            .Select(port => port.Integer("nodePort") is { } nodePort and > 0
                ? $"{port.Integer("port")}:{nodePort}/{port.String("protocol")}"
                : $"{port.Integer("port")}/{port.String("protocol")}")
            .ToList();
        return ports.Count == 0 ? "<none>" : string.Join(",", ports);
    }

    private static string Selector(IReadOnlyDictionary<string, string> labels) =>
        labels.Count == 0 ? "<none>" : string.Join(",", labels.OrderBy(label => label.Key, StringComparer.Ordinal).Select(label => label.Key + "=" + label.Value));

    private static string Status(JsonObject deployment, string field) =>
        (deployment.Object("status").Integer(field) ?? 0).ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<JsonObject> Containers(JsonObject deployment) =>
        deployment.Object("spec").Object("template").Object("spec").Array("containers").Objects();

    /// <summary>formatEndpoints: up to three ip:port pairs, then "+ N more...".</summary>
    private static string EndpointAddresses(JsonObject endpoints)
    {
        var pairs = endpoints.Array("subsets").Objects()
            .SelectMany(subset => subset.Array("ports").Objects().SelectMany(port =>
                subset.Array("addresses").Objects().Select(address => $"{address.String("ip")}:{port.Integer("port")}")))
            .ToList();
        if (pairs.Count == 0)
        {
            return "<none>";
        }

        var shown = string.Join(",", pairs.Take(3));
        return pairs.Count > 3 ? $"{shown} + {pairs.Count - 3} more..." : shown;
    }
}
