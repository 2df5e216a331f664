using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

internal sealed class ServiceStrategy(ServiceAllocator allocator) : ResourceStrategy(ResourceType.Services)
{
    public override bool AffectsDataPlane => true;

    public override void PrepareForCreate(JsonObject obj) => ServiceDefaults.Apply(obj);

    public override void PrepareForUpdate(JsonObject obj, JsonObject old)
    {
        ServiceDefaults.Apply(obj);
        base.PrepareForUpdate(obj, old);
        ServiceDefaults.DropTypeDependentFields(obj, old);
        ServiceDefaults.PatchAllocatedValues(obj, old);
    }

    public override IReadOnlyList<FieldError> Validate(JsonObject obj) => ServiceValidation.Validate(obj);

    public override IEnumerable<FieldError> ValidateUpdate(JsonObject obj, JsonObject old) => ServiceValidation.ValidateUpdate(obj, old);

    public override void AllocateCreate(JsonObject obj, AllocationTransaction transaction) => allocator.AllocateCreate(obj, transaction);

    public override void AllocateUpdate(JsonObject obj, JsonObject old, AllocationTransaction transaction) => allocator.AllocateUpdate(obj, old, transaction);

    public override void ReleaseOnDelete(JsonObject obj, AllocationTransaction transaction) => ServiceAllocator.ReleaseAll(obj, transaction);
}
