using System.Net;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.DataPlane;
using InfraSdk.LocalCluster.DataPlane.Pods;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Storage;

namespace InfraSdk.LocalCluster.Views;

/// <summary>What the data plane must run, read from the stored nodes, ReplicaSets (each one set of like pods) and
/// Services: all of it, or what one committed write changed (with the Pods deleted through the API).</summary>
internal sealed class DesiredStateBuilder(ObjectStore store)
{
    public const string FaultAnnotation = "infrasdk.io/fault";

    // The Services whose ports name a targetPort, by namespace: a Deployment's change re-resolves only them.
    private readonly Dictionary<string, HashSet<string>> _namingTargetPorts = new(StringComparer.Ordinal);

    /// <summary>The desired state of what <paramref name="committed"/> wrote (null: a node changed, rebuild it all).
    /// A Deployment's change also re-reads the Services of its namespace that name their target ports.</summary>
    public DesiredStateChanges? Changes(IReadOnlyList<StoreChange> committed)
    {
        if (committed.Any(change => change.Key.Resource == ResourceType.Nodes.Plural))
        {
            return null;
        }

        var replicaSets = committed.Where(change => change.Key.Resource == ResourceType.ReplicaSets.Plural)
            .Select(change => (Key(change.Key), change.Object is null ? null : ToReplicaSet(change.Object)))
            .ToList();
        var deletedPods = committed.Where(change => change.Key.Resource == ResourceType.Pods.Plural && change.Object is null && change.Key.Name.LastIndexOf('-') > 0)
            .Select(change => ($"{change.Key.Namespace}/{change.Key.Name[..change.Key.Name.LastIndexOf('-')]}", change.Key.Name))
            .ToList();
        var services = committed.Where(change => change.Key.Resource == ResourceType.Services.Plural).ToDictionary(change => Key(change.Key), change => change.Object);
        foreach (var change in committed.Where(change => change.Key.Resource == ResourceType.Services.Plural))
        {
            Track(change.Key.Namespace, change.Key.Name, change.Object);
        }

        foreach (var ns in committed.Where(change => change.Key.Resource == ResourceType.Deployments.Plural).Select(change => change.Key.Namespace).Distinct())
        {
            foreach (var name in _namingTargetPorts.GetValueOrDefault(ns) ?? [])
            {
                var key = new StoredObjectKey(ResourceType.Services.Plural, ns, name);
                services.TryAdd(Key(key), store.Get(key));
            }
        }

        return new DesiredStateChanges(replicaSets, [.. services.Select(entry => (entry.Key, ToServiceState(entry.Value)))], deletedPods);
    }

    public DesiredState Build()
    {
        var nodes = store.List(ResourceType.Nodes.Plural, null).Select(ToNode).ToList();
        var deployments = store.List(ResourceType.Deployments.Plural, null);
        var replicaSets = store.List(ResourceType.ReplicaSets.Plural, null);
        var stored = store.List(ResourceType.Services.Plural, null);
        _namingTargetPorts.Clear();
        foreach (var service in stored)
        {
            Track(service.Object("metadata").String("namespace") ?? "", service.Name(), service);
        }

        var services = stored
            .Where(service => service.Object("spec").StringMap("selector").Count > 0)
            .Select(service => ToService(service, deployments))
            .ToList();
        return new DesiredState(nodes, replicaSets.Select(ToReplicaSet).ToList(), services);
    }

    /// <summary>A service port's targetPort as a number: itself, or the named container port of a selected pod template.</summary>
    public int ResolveTargetPort(JsonObject service, JsonObject port) =>
        port.String("targetPort") is null
            ? (int)(port.Integer("targetPort") ?? port.Integer("port") ?? 0)
            : ResolveTargetPort(service, port, store.List(ResourceType.Deployments.Plural, service.Object("metadata").String("namespace")));

    private static string Key(StoredObjectKey key) => $"{key.Namespace}/{key.Name}";

    private void Track(string ns, string name, JsonObject? service)
    {
        if (service is not null && NamesATargetPort(service))
        {
            (_namingTargetPorts.TryGetValue(ns, out var names) ? names : _namingTargetPorts[ns] = new(StringComparer.Ordinal)).Add(name);
        }
        else
        {
            _namingTargetPorts.GetValueOrDefault(ns)?.Remove(name);
        }
    }

    private static bool NamesATargetPort(JsonObject service) =>
        service.Object("spec").Array("ports").Objects().Any(port => port.String("targetPort") is not null);

    private ServiceState? ToServiceState(JsonObject? service) =>
        service is null || service.Object("spec").StringMap("selector").Count == 0
            ? null
            : NamesATargetPort(service)
                ? ToService(service, store.List(ResourceType.Deployments.Plural, service.Object("metadata").String("namespace")))
                : ToService(service, []);

    private static NodeState ToNode(JsonObject node)
    {
        var address = node.Object("status").Array("addresses").Objects().FirstOrDefault(entry => entry.String("type") == "InternalIP").String("address");
        return new NodeState(node.Name(), IPAddress.Parse(address ?? "127.0.0.1"), node.Object("metadata").StringMap("annotations").GetValueOrDefault(FaultAnnotation));
    }

    /// <summary>A ReplicaSet's pods: its template, its replicas, its pod-template-hash, and its owning Deployment's name.</summary>
    private static DeploymentState ToReplicaSet(JsonObject replicaSet)
    {
        var metadata = replicaSet.Object("metadata");
        var template = replicaSet.Object("spec").Object("template");
        var ports = template.Object("spec").Array("containers").Objects()
            .SelectMany(container => container.Array("ports").Objects())
            .Select(port => (int)(port.Integer("containerPort") ?? 0))
            .Where(port => port > 0)
            .Distinct()
            .ToList();
        var udpPorts = template.Object("spec").Array("containers").Objects()
            .SelectMany(container => container.Array("ports").Objects())
            .Where(port => port.String("protocol") == "UDP")
            .Select(port => (int)(port.Integer("containerPort") ?? 0))
            .Where(port => port > 0)
            .Distinct()
            .ToList();
        var probes = template.Object("spec").Array("containers").Objects()
            .Where(container => container["readinessProbe"] is JsonObject)
            .Select(container => ToReadinessProbe(container.Object("readinessProbe")!, container))
            .ToList();
        var owner = metadata.Array("ownerReferences").Objects().FirstOrDefault(reference => reference.Boolean("controller") == true).String("name");
        return new DeploymentState(
            metadata.String("namespace") ?? "",
            replicaSet.Name(),
            (int)(replicaSet.Object("spec").Integer("replicas") ?? 1),
            template.Object("metadata").StringMap("labels"),
            ports,
            probes,
            udpPorts,
            metadata.StringMap("labels").GetValueOrDefault(PodNames.TemplateHashLabel) ?? "",
            owner);
    }

    /// <summary>A container's readinessProbe (defaults already applied); a port name is looked up in the container's ports.</summary>
    private static ReadinessProbe ToReadinessProbe(JsonObject probe, JsonObject container)
    {
        var (action, handler) = probe.Object("httpGet") is { } httpGet ? (ProbeAction.HttpGet, httpGet)
            : probe.Object("tcpSocket") is { } tcpSocket ? (ProbeAction.TcpSocket, tcpSocket)
            : probe.Object("grpc") is { } grpc ? (ProbeAction.Grpc, grpc)
            : (ProbeAction.Exec, probe.Object("exec"));
        var port = handler?["port"].AsInteger() is { } number
            ? (int?)number
            : container.Array("ports").Objects().Where(declared => declared.String("name") == handler.String("port")).Select(declared => (int?)declared.Integer("containerPort")).FirstOrDefault();
        return new ReadinessProbe(
            action,
            port,
            handler.String("path") ?? "/",
            TimeSpan.FromSeconds(probe.Integer("periodSeconds") ?? 10),
            TimeSpan.FromSeconds(probe.Integer("timeoutSeconds") ?? 1),
            (int)(probe.Integer("successThreshold") ?? 1),
            (int)(probe.Integer("failureThreshold") ?? 3));
    }

    private static ServiceState ToService(JsonObject service, IReadOnlyList<JsonObject> deployments)
    {
        var spec = service.Object("spec");
        var ns = service.Object("metadata").String("namespace") ?? "";
        var sameNamespace = deployments.Where(deployment => deployment.Object("metadata").String("namespace") == ns).ToList();
        var ports = spec.Array("ports").Objects()
            .Select(port => new ServicePortState(
                port.String("name"),
                port.String("protocol") ?? "TCP",
                (int)(port.Integer("port") ?? 0),
                ResolveTargetPort(service, port, sameNamespace),
                port.Integer("nodePort") is { } nodePort and > 0 ? (int)nodePort : null))
            .ToList();
        return new ServiceState(ns, service.Name(), spec.String("type") ?? "ClusterIP", spec.StringMap("selector"), spec.String("externalTrafficPolicy") == "Local", ports);
    }

    private static int ResolveTargetPort(JsonObject service, JsonObject port, IReadOnlyList<JsonObject> deployments)
    {
        var servicePort = (int)(port.Integer("port") ?? 0);
        if (port.Integer("targetPort") is { } number)
        {
            return (int)number;
        }

        if (port.String("targetPort") is not { } name)
        {
            return servicePort;
        }

        var selector = service.Object("spec").StringMap("selector");
        return deployments
            .Select(deployment => deployment.Object("spec").Object("template"))
            .Where(template => selector.All(label => template.Object("metadata").StringMap("labels").GetValueOrDefault(label.Key) == label.Value))
            .SelectMany(template => template.Object("spec").Array("containers").Objects())
            .SelectMany(container => container.Array("ports").Objects())
            .Where(containerPort => containerPort.String("name") == name)
            .Select(containerPort => (int)(containerPort.Integer("containerPort") ?? 0))
            .FirstOrDefault(servicePort);
    }
}
