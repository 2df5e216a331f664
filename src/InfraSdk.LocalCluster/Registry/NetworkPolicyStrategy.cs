using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

internal sealed class NetworkPolicyStrategy() : ResourceStrategy(ResourceType.NetworkPolicies)
{
    public override bool TracksGeneration => true;

    public override void PrepareForCreate(JsonObject obj) => NetworkPolicyDefaults.Apply(obj);

    public override void PrepareForUpdate(JsonObject obj, JsonObject old)
    {
        NetworkPolicyDefaults.Apply(obj);
        base.PrepareForUpdate(obj, old);
    }

    public override IReadOnlyList<FieldError> Validate(JsonObject obj) => NetworkPolicyValidation.Validate(obj);
}
