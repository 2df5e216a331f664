using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

internal sealed class SecretStrategy() : ResourceStrategy(ResourceType.Secrets)
{
    public override void PrepareForCreate(JsonObject obj) => SecretDefaults.Apply(obj);

    public override void PrepareForUpdate(JsonObject obj, JsonObject old) => SecretDefaults.Apply(obj);

    public override IReadOnlyList<FieldError> Validate(JsonObject obj) => SecretValidation.Validate(obj);

    public override IEnumerable<FieldError> ValidateUpdate(JsonObject obj, JsonObject old) => SecretValidation.ValidateUpdate(obj, old);
}
