using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

internal sealed class NamespaceStrategy() : ResourceStrategy(ResourceType.Namespaces)
{
    /// <summary>Namespaces the API server refuses to delete.</summary>
    public static readonly string[] Protected = ["default", "kube-system", "kube-public"];

    public override void PrepareForCreate(JsonObject obj)
    {
        obj.Metadata().EnsureObject("labels")["kubernetes.io/metadata.name"] = obj.Name();
        obj.EnsureObject("spec")["finalizers"] = new JsonArray("kubernetes");
        obj["status"] = new JsonObject { ["phase"] = "Active" };
    }

    public override void PrepareForUpdate(JsonObject obj, JsonObject old)
    {
        base.PrepareForUpdate(obj, old);
        obj.Metadata().EnsureObject("labels")["kubernetes.io/metadata.name"] = obj.Name();
    }

    public override IReadOnlyList<FieldError> Validate(JsonObject obj) =>
        ObjectMetaValidation.Validate(obj, KubernetesNames.CheckDns1123Label).ToList();
}
