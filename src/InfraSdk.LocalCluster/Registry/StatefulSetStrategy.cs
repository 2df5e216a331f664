using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

internal sealed class StatefulSetStrategy() : ResourceStrategy(ResourceType.StatefulSets)
{
    public override bool TracksGeneration => true;

    public override void PrepareForCreate(JsonObject obj)
    {
        StatefulSetDefaults.Apply(obj);
        obj.Remove("status");
    }

    public override void PrepareForUpdate(JsonObject obj, JsonObject old)
    {
        StatefulSetDefaults.Apply(obj);
        base.PrepareForUpdate(obj, old);
    }

    public override IReadOnlyList<FieldError> Validate(JsonObject obj) => StatefulSetValidation.Validate(obj);

    public override IEnumerable<FieldError> ValidateUpdate(JsonObject obj, JsonObject old) => StatefulSetValidation.ValidateUpdate(obj, old);
}
