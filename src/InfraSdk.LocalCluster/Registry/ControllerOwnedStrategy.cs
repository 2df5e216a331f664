using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>Resources the cluster's controllers write and clients mostly read: Endpoints, EndpointSlices and Events.
/// A client's write (an Event it records) is checked for a valid name only.</summary>
internal sealed class ControllerOwnedStrategy(ResourceType type) : ResourceStrategy(type)
{
    public override IReadOnlyList<FieldError> Validate(JsonObject obj) =>
        ObjectMetaValidation.Validate(obj, KubernetesNames.CheckDns1123Subdomain).ToList();
}
