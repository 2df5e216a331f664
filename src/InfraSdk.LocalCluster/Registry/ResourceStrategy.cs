using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>
/// What differs between resources on a write (the API server's REST strategies): defaults, field resets,
/// validation and, for Services, allocation. The defaults here do nothing.
/// </summary>
internal abstract class ResourceStrategy(ResourceType type)
{
    public ResourceType Type { get; } = type;

    /// <summary>Whether a write to this resource changes what the data plane must run.</summary>
    public virtual bool AffectsDataPlane => false;

    /// <summary>Whether metadata.generation counts spec changes.</summary>
    public virtual bool TracksGeneration => false;

    public virtual void PrepareForCreate(JsonObject obj)
    {
    }

    /// <summary>Runs before validation on an update: the old status is kept, type-dependent fields are reset.</summary>
    public virtual void PrepareForUpdate(JsonObject obj, JsonObject old)
    {
        if (old["status"] is { } status)
        {
            obj["status"] = status.DeepClone();
        }
    }

    public abstract IReadOnlyList<FieldError> Validate(JsonObject obj);

    /// <summary>Rules that compare an update with the object it replaces, such as immutable fields.</summary>
    public virtual IEnumerable<FieldError> ValidateUpdate(JsonObject obj, JsonObject old) => [];

    public virtual void AllocateCreate(JsonObject obj, AllocationTransaction transaction)
    {
    }

    public virtual void AllocateUpdate(JsonObject obj, JsonObject old, AllocationTransaction transaction)
    {
    }

    public virtual void ReleaseOnDelete(JsonObject obj, AllocationTransaction transaction)
    {
    }
}
