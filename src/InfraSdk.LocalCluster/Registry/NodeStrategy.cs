using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>Nodes are made by the cluster; clients change their metadata (the fault annotation) and spec.</summary>
internal sealed class NodeStrategy() : ResourceStrategy(ResourceType.Nodes)
{
    public override bool AffectsDataPlane => true;

    public override IReadOnlyList<FieldError> Validate(JsonObject obj) =>
        ObjectMetaValidation.Validate(obj, KubernetesNames.CheckDns1123Subdomain).ToList();
}
