using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

internal sealed class DeploymentStrategy() : ResourceStrategy(ResourceType.Deployments)
{
    public override bool AffectsDataPlane => true;

    public override bool TracksGeneration => true;

    public override void PrepareForCreate(JsonObject obj)
    {
        DeploymentDefaults.Apply(obj);
        obj.Remove("status");
    }

    public override void PrepareForUpdate(JsonObject obj, JsonObject old)
    {
        DeploymentDefaults.Apply(obj);
        base.PrepareForUpdate(obj, old);
    }

    public override IReadOnlyList<FieldError> Validate(JsonObject obj) => DeploymentValidation.Validate(obj);

    public override IEnumerable<FieldError> ValidateUpdate(JsonObject obj, JsonObject old) => DeploymentValidation.ValidateUpdate(obj, old);
}
