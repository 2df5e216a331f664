using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

internal sealed class HorizontalPodAutoscalerStrategy() : ResourceStrategy(ResourceType.HorizontalPodAutoscalers)
{
    public override bool TracksGeneration => true;

    public override void PrepareForCreate(JsonObject obj)
    {
        AutoscalerDefaults.Apply(obj);
        obj.Remove("status");
    }

    public override void PrepareForUpdate(JsonObject obj, JsonObject old)
    {
        AutoscalerDefaults.Apply(obj);
        base.PrepareForUpdate(obj, old);
    }

    public override IReadOnlyList<FieldError> Validate(JsonObject obj) => HorizontalPodAutoscalerValidation.Validate(obj);
}
