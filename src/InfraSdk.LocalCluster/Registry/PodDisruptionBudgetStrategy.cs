using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

internal sealed class PodDisruptionBudgetStrategy() : ResourceStrategy(ResourceType.PodDisruptionBudgets)
{
    public override bool TracksGeneration => true;

    public override void PrepareForCreate(JsonObject obj) => obj.Remove("status");

    public override IReadOnlyList<FieldError> Validate(JsonObject obj) => PodDisruptionBudgetValidation.Validate(obj);
}
