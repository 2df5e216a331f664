using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>
/// Pods: those of ReplicaSets are written by the cluster's controllers (see Controllers/); a client may create a bare
/// Pod, which starts Pending and is scheduled and run by the data plane, and may delete any Pod: its ReplicaSet
/// replaces it. The status is the kubelet's: a client's write keeps the stored one.
/// </summary>
internal sealed class PodStrategy() : ResourceStrategy(ResourceType.Pods)
{
    public override bool AffectsDataPlane => true;

    public override void PrepareForCreate(JsonObject obj)
    {
        PodTemplateDefaults.Apply(obj);
        obj.EnsureObject("spec")["enableServiceLinks"] ??= true;
        obj["status"] = new JsonObject { ["phase"] = "Pending", ["qosClass"] = "BestEffort" };
    }

    public override IReadOnlyList<FieldError> Validate(JsonObject obj)
    {
        var errors = new List<FieldError>(ObjectMetaValidation.Validate(obj, KubernetesNames.CheckDns1123Subdomain));
        errors.AddRange(PodSpecValidation.Validate(obj.Object("spec"), "spec"));
        return errors;
    }

    /// <summary>A Pod's spec is immutable but for its containers' images (ValidatePodUpdate, simplified).</summary>
    public override IEnumerable<FieldError> ValidateUpdate(JsonObject obj, JsonObject old)
    {
        var spec = obj.Object("spec")?.DeepClone().AsObject();
        var oldSpec = old.Object("spec")?.DeepClone().AsObject();
        foreach (var container in spec.Array("containers").Objects().Concat(oldSpec.Array("containers").Objects()))
        {
            container.Remove("image");
        }

        if (!JsonNode.DeepEquals(spec, oldSpec))
        {
            yield return FieldError.Forbidden("spec", "pod updates may not change fields other than `spec.containers[*].image`");
        }
    }
}
