using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

internal sealed class ServiceAccountStrategy() : ResourceStrategy(ResourceType.ServiceAccounts)
{
    public override IReadOnlyList<FieldError> Validate(JsonObject obj) =>
        ObjectMetaValidation.Validate(obj, KubernetesNames.CheckDns1123Subdomain).ToList();
}
