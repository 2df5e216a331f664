using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

internal sealed class CronJobStrategy() : ResourceStrategy(ResourceType.CronJobs)
{
    public override bool TracksGeneration => true;

    public override void PrepareForCreate(JsonObject obj)
    {
        CronJobDefaults.Apply(obj);
        obj.Remove("status");
    }

    public override void PrepareForUpdate(JsonObject obj, JsonObject old)
    {
        CronJobDefaults.Apply(obj);
        base.PrepareForUpdate(obj, old);
    }

    public override IReadOnlyList<FieldError> Validate(JsonObject obj) => CronJobValidation.Validate(obj);
}
