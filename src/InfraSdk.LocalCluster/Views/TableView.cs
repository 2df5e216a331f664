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
        [ResourceType.ConfigMaps] =
        [
            NameColumn,
            new("Data", "Number of data entries.", 0, (configMap, _) => Count((configMap.Object("data")?.Count ?? 0) + (configMap.Object("binaryData")?.Count ?? 0))),
            AgeColumn,
        ],
        [ResourceType.Secrets] =
        [
            NameColumn,
            new("Type", "The type of the secret", 0, (secret, _) => secret.String("type") ?? ""),
            new("Data", "The number of entries in the secret", 0, (secret, _) => Count(secret.Object("data")?.Count)),
            AgeColumn,
        ],
        [ResourceType.ServiceAccounts] =
        [
            NameColumn,
            new("Secrets", "The number of secrets of the service account", 0, (account, _) => Count(account.Array("secrets")?.Count)),
            AgeColumn,
        ],
        [ResourceType.StatefulSets] =
        [
            NameColumn,
            new("Ready", "Number of the pod with ready state", 0, (statefulSet, _) => $"{Status(statefulSet, "readyReplicas")}/{statefulSet.Object("spec").Integer("replicas") ?? 0}"),
            AgeColumn,
            new("Containers", "Names of each container in the template.", 1, (statefulSet, _) => string.Join(",", Containers(statefulSet).Select(container => container.String("name")))),
            new("Images", "Images referenced by each container in the template.", 1, (statefulSet, _) => string.Join(",", Containers(statefulSet).Select(container => container.String("image")))),
        ],
        [ResourceType.HorizontalPodAutoscalers] =
        [
            NameColumn,
            new("Reference", "Reference to target resource", 0, (autoscaler, _) => $"{autoscaler.Object("spec").Object("scaleTargetRef").String("kind")}/{autoscaler.Object("spec").Object("scaleTargetRef").String("name")}"),
            new("Targets", "Current and target metrics", 0, (autoscaler, _) => AutoscalerTargets(autoscaler)),
            new("MinPods", "Minimum number of pods", 0, (autoscaler, _) => (autoscaler.Object("spec").Integer("minReplicas") ?? 1).ToString(CultureInfo.InvariantCulture)),
            new("MaxPods", "Maximum number of pods", 0, (autoscaler, _) => (autoscaler.Object("spec").Integer("maxReplicas") ?? 0).ToString(CultureInfo.InvariantCulture)),
            new("Replicas", "Current replicas", 0, (autoscaler, _) => Status(autoscaler, "currentReplicas")),
            AgeColumn,
        ],
        [ResourceType.CronJobs] =
        [
            NameColumn,
            new("Schedule", "The schedule for running the job", 0, (cronJob, _) => cronJob.Object("spec").String("schedule") ?? ""),
            new("Timezone", "The timezone used for the schedule", 0, (cronJob, _) => cronJob.Object("spec").String("timeZone") ?? "<none>"),
            new("Suspend", "Whether the cron job is suspended", 0, (cronJob, _) => cronJob.Object("spec").Boolean("suspend") == true ? "True" : "False"),
            new("Active", "Number of active jobs", 0, (cronJob, _) => Count(cronJob.Object("status").Array("active")?.Count)),
            new("Last Schedule", "Time since the last schedule", 0, (cronJob, _) => "<none>"),
            AgeColumn,
            new("Containers", "Names of each container in the template.", 1, (cronJob, _) => string.Join(",", JobContainers(cronJob).Select(container => container.String("name")))),
            new("Images", "Images referenced by each container in the template.", 1, (cronJob, _) => string.Join(",", JobContainers(cronJob).Select(container => container.String("image")))),
        ],
        [ResourceType.Ingresses] =
        [
            NameColumn,
            new("Class", "The name of the IngressClass resource", 0, (ingress, _) => ingress.Object("spec").String("ingressClassName") ?? "<none>"),
            new("Hosts", "Hosts that incoming requests are matched against", 0, (ingress, _) => IngressHosts(ingress)),
            new("Address", "Address is a list of IPs or hostnames of the load balancer", 0, (_, _) => ""),
            new("Ports", "Ports of TLS configurations that open", 0, (ingress, _) => (ingress.Object("spec").Array("tls")?.Count ?? 0) > 0 ? "80, 443" : "80"),
            AgeColumn,
        ],
        [ResourceType.NetworkPolicies] =
        [
            NameColumn,
            new("Pod-Selector", "Label selector to select pods", 0, (policy, _) => Selector(policy.Object("spec").Object("podSelector").StringMap("matchLabels"))),
            AgeColumn,
        ],
        [ResourceType.PodDisruptionBudgets] =
        [
            NameColumn,
            new("Min Available", "The minimum number of pods that must be available", 0, (budget, _) => IntOrString(budget.Object("spec")?["minAvailable"])),
            new("Max Unavailable", "The maximum number of pods that may be unavailable", 0, (budget, _) => IntOrString(budget.Object("spec")?["maxUnavailable"])),
            new("Allowed Disruptions", "Calculated number of pods that may be disrupted at this time", 0, (budget, _) => Status(budget, "disruptionsAllowed")),
            AgeColumn,
        ],
        [ResourceType.Pods] =
        [
            NameColumn,
            new("Ready", "The aggregate readiness state of this pod for accepting traffic.", 0, (pod, _) => PodReady(pod)),
            new("Status", "The aggregate status of the containers in this pod.", 0, (pod, _) => pod.Object("status").String("reason") ?? pod.Object("status").String("phase") ?? ""),
            new("Restarts", "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.", 0, (pod, _) => Count((int?)pod.Object("status").Array("containerStatuses").Objects().Sum(status => status.Integer("restartCount") ?? 0))),
            AgeColumn,
            new("IP", "The IP address assigned to the pod", 1, (pod, _) => pod.Object("status").String("podIP") ?? "<none>"),
            new("Node", "The name of the node which the pod is assigned to", 1, (pod, _) => pod.Object("spec").String("nodeName") ?? "<none>"),
            new("Nominated Node", "The name of the node which the pod is nominated to", 1, (pod, _) => pod.Object("status").String("nominatedNodeName") ?? "<none>"),
            new("Readiness Gates", "The readiness gates of the pod", 1, (_, _) => "<none>"),
        ],
        [ResourceType.ReplicaSets] =
        [
            NameColumn,
            new("Desired", "Number of desired pods.", 0, (replicaSet, _) => Count((int?)replicaSet.Object("spec").Integer("replicas"))),
            new("Current", "Number of actual replicas.", 0, (replicaSet, _) => Status(replicaSet, "replicas")),
            new("Ready", "Number of ready replicas.", 0, (replicaSet, _) => Status(replicaSet, "readyReplicas")),
            AgeColumn,
            new("Containers", "Names of each container in the template.", 1, (replicaSet, _) => string.Join(",", Containers(replicaSet).Select(container => container.String("name")))),
            new("Images", "Images referenced by each container in the template.", 1, (replicaSet, _) => string.Join(",", Containers(replicaSet).Select(container => container.String("image")))),
            new("Selector", "Label selector for pods.", 1, (replicaSet, _) => Selector(replicaSet.Object("spec").Object("selector").StringMap("matchLabels"))),
        ],
        [ResourceType.EndpointSlices] =
        [
            NameColumn,
            new("AddressType", "The IP protocol for this slice", 0, (slice, _) => slice.String("addressType") ?? ""),
            new("Ports", "The ports of this slice", 0, (slice, _) => SlicePorts(slice)),
            new("Endpoints", "The endpoints of this slice", 0, (slice, _) => SliceAddresses(slice)),
            AgeColumn,
        ],
        [ResourceType.Events] = EventColumns(involved: "involvedObject", message: "message", count: "count", first: "firstTimestamp", last: "lastTimestamp", source: "source"),
        [ResourceType.EventsV1] = EventColumns(involved: "regarding", message: "note", count: "deprecatedCount", first: "deprecatedFirstTimestamp", last: "deprecatedLastTimestamp", source: "deprecatedSource"),
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

    /// <summary>The event printer's columns, for either shape of an Event (core/v1 or events.k8s.io/v1 field names).</summary>
    private static Column[] EventColumns(string involved, string message, string count, string first, string last, string source) =>
    [
        new("Last Seen", "Time when last this event was seen", 0, (ev, now) => Since(ev.String(last) ?? ev.String("eventTime"), now)),
        new("Type", "Type of this event (Normal, Warning)", 0, (ev, _) => ev.String("type") ?? ""),
        new("Reason", "Why the action was taken", 0, (ev, _) => ev.String("reason") ?? ""),
        new("Object", "The object that this event is about", 0, (ev, _) => $"{ev.Object(involved).String("kind")?.ToLowerInvariant()}/{ev.Object(involved).String("name")}"),
        new("Subobject", "The subobject that this event is about", 1, (ev, _) => ev.Object(involved).String("fieldPath") ?? ""),
        new("Source", "The component reporting this event", 1, (ev, _) => string.Join(", ", new[] { ev.Object(source).String("component"), ev.Object(source).String("host") }.Where(part => !string.IsNullOrEmpty(part)))),
        new("Message", "A human-readable description of the status of this operation", 0, (ev, _) => ev.String(message) ?? ""),
        new("First Seen", "Time when first this event was seen", 1, (ev, now) => Since(ev.String(first) ?? ev.String("eventTime"), now)),
        new("Count", "Number of times this event has been seen", 1, (ev, _) => Count((int?)ev.Integer(count) ?? 1)),
        new("Name", "Name must be unique within a namespace.", 1, (ev, _) => ev.Name()),
    ];

    private static string Since(string? time, DateTimeOffset now) =>
        DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var then) ? HumanDuration.Format(now - then) : "<unknown>";

    private static string PodReady(JsonObject pod)
    {
        var statuses = pod.Object("status").Array("containerStatuses").Objects().ToList();
        var containers = pod.Object("spec").Array("containers")?.Count ?? 0;
        return $"{statuses.Count(status => status.Boolean("ready") == true)}/{containers}";
    }

    /// <summary>formatEndpointSlicePorts: "port,port", "&lt;unset&gt;" for none.</summary>
    private static string SlicePorts(JsonObject slice)
    {
        var ports = slice.Array("ports").Objects().Select(port => port.Integer("port")?.ToString(CultureInfo.InvariantCulture) ?? "<unset>").ToList();
        return ports.Count == 0 ? "<unset>" : string.Join(",", ports);
    }

    /// <summary>formatDiscoveryEndpoints: up to three addresses, then "+ N more...".</summary>
    private static string SliceAddresses(JsonObject slice)
    {
        var addresses = slice.Array("endpoints").Objects().SelectMany(endpoint => endpoint.Array("addresses") ?? []).Select(address => address?.ToString() ?? "").ToList();
        if (addresses.Count == 0)
        {
            return "<unset>";
        }

        var shown = string.Join(",", addresses.Take(3));
        return addresses.Count > 3 ? $"{shown} + {addresses.Count - 3} more..." : shown;
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

    private static string Status(JsonObject obj, string field) =>
        (obj.Object("status").Integer(field) ?? 0).ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<JsonObject> Containers(JsonObject workload) =>
        workload.Object("spec").Object("template").Object("spec").Array("containers").Objects();

    private static IEnumerable<JsonObject> JobContainers(JsonObject cronJob) =>
        cronJob.Object("spec").Object("jobTemplate").Object("spec").Object("template").Object("spec").Array("containers").Objects();

    private static string Count(int? count) => (count ?? 0).ToString(CultureInfo.InvariantCulture);

    private static string IntOrString(JsonNode? value) => value switch
    {
        null => "N/A",
        JsonValue text when text.GetValueKind() == System.Text.Json.JsonValueKind.String => text.GetValue<string>(),
        _ => value.ToJsonString(),
    };

    /// <summary>The hosts of an Ingress's rules, "*" when none names one; four at most, then "+ N more...".</summary>
    private static string IngressHosts(JsonObject ingress)
    {
        var hosts = ingress.Object("spec").Array("rules").Objects().Select(rule => rule.String("host")).OfType<string>().Where(host => host.Length > 0).ToList();
        if (hosts.Count == 0)
        {
            return "*";
        }

        var shown = string.Join(",", hosts.Take(4));
        return hosts.Count > 4 ? $"{shown} + {hosts.Count - 4} more..." : shown;
    }

    /// <summary>formatHPAMetrics for resource metrics: "cpu: &lt;unknown&gt;/80%" until metrics are reported, which they never are here.</summary>
    private static string AutoscalerTargets(JsonObject autoscaler)
    {
        var targets = autoscaler.Object("spec").Array("metrics").Objects()
            .Select(metric => metric.Object("resource") is { } resource
                ? resource.Object("target").Integer("averageUtilization") is { } utilization
                    ? $"{resource.String("name")}: <unknown>/{utilization}%"
                    : $"{resource.String("name")}: <unknown>/{resource.Object("target").String("averageValue") ?? resource.Object("target").String("value")}"
                : "<unknown>/<unknown>")
            .ToList();
        return targets.Count == 0 ? "<none>" : string.Join(", ", targets);
    }

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
