using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>ReplicaSets: written by the deployment controller; a client's change of one (a scale) reaches the data plane.</summary>
internal sealed class ReplicaSetStrategy() : ResourceStrategy(ResourceType.ReplicaSets)
{
    public override bool AffectsDataPlane => true;

    public override bool TracksGeneration => true;

    public override void PrepareForCreate(JsonObject obj)
    {
        Defaults(obj);
        obj.Remove("status");
    }

    public override void PrepareForUpdate(JsonObject obj, JsonObject old)
    {
        Defaults(obj);
        base.PrepareForUpdate(obj, old);
    }

    public override IReadOnlyList<FieldError> Validate(JsonObject obj)
    {
        var spec = obj.Object("spec");
        var errors = new List<FieldError>(ObjectMetaValidation.Validate(obj, KubernetesNames.CheckDns1123Subdomain));
        if (spec.Integer("replicas") is < 0 and { } replicas)
        {
            errors.Add(FieldError.Invalid("spec.replicas", replicas, "must be greater than or equal to 0"));
        }

        errors.AddRange(DeploymentValidation.SelectedTemplate(spec, "replicaset"));
        errors.AddRange(PodSpecValidation.Validate(spec.Object("template").Object("spec"), "spec.template.spec"));
        return errors;
    }

    private static void Defaults(JsonObject obj)
    {
        var spec = obj.EnsureObject("spec");
        spec["replicas"] ??= 1;
        PodTemplateDefaults.Apply(spec.EnsureObject("template"));
    }
}
