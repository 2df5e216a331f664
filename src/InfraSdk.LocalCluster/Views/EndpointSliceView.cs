using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Controllers;
using InfraSdk.LocalCluster.DataPlane;
using InfraSdk.LocalCluster.DataPlane.Pods;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Views;

/// <summary>
/// The EndpointSlice (discovery.k8s.io/v1) the EndpointSlice controller writes for a Service with a selector: one
/// IPv4 slice, named after the Service with a suffix, labelled with kubernetes.io/service-name and owned by the
/// Service, listing each selected pod with its ready/serving/terminating conditions, node and target.
/// </summary>
internal static class EndpointSliceView
{
    public const string ServiceNameLabel = "kubernetes.io/service-name";
    private const string ManagedByLabel = "endpointslice.kubernetes.io/managed-by";
    private const string Controller = "endpointslice-controller.k8s.io";

    /// <summary>The slice's name: the Service's, a dash and five characters of a hash of it (stable, so the controller finds it again).</summary>
    public static string NameFor(string service) => $"{service}-{PodNames.Hash(service)[..Math.Min(5, PodNames.Hash(service).Length)]}";

    public static JsonObject For(JsonObject service, IReadOnlyList<PodInfo> selected, JsonArray ports)
    {
        var metadata = service.Object("metadata");
        var labels = metadata?["labels"]?.DeepClone() as JsonObject ?? new JsonObject();
        labels[ServiceNameLabel] = service.Name();
        labels[ManagedByLabel] = Controller;
        var endpoints = new JsonArray();
        foreach (var pod in selected)
        {
            endpoints.Add(new JsonObject
            {
                ["addresses"] = new JsonArray(pod.Address.ToString()),
                ["conditions"] = new JsonObject { ["ready"] = pod.Ready, ["serving"] = pod.Ready, ["terminating"] = false },
                ["nodeName"] = pod.NodeName,
                ["targetRef"] = new JsonObject { ["kind"] = "Pod", ["namespace"] = pod.Namespace, ["name"] = pod.Name },
            });
        }

        return new JsonObject
        {
            ["apiVersion"] = ResourceType.EndpointSlices.GroupVersion,
            ["kind"] = ResourceType.EndpointSlices.Kind,
            ["metadata"] = new JsonObject
            {
                ["name"] = NameFor(service.Name()),
                ["generateName"] = service.Name() + "-",
                ["namespace"] = metadata.String("namespace"),
                ["labels"] = labels,
                ["ownerReferences"] = OwnerReferences.ControlledBy(ResourceType.Services, service),
            },
            ["addressType"] = "IPv4",
            ["endpoints"] = endpoints,
            ["ports"] = ports,
        };
    }
}
