using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

internal sealed class ConfigMapStrategy() : ResourceStrategy(ResourceType.ConfigMaps)
{
    public override IReadOnlyList<FieldError> Validate(JsonObject obj) => ConfigMapValidation.Validate(obj);

    public override IEnumerable<FieldError> ValidateUpdate(JsonObject obj, JsonObject old) => ConfigMapValidation.ValidateUpdate(obj, old, "data", "binaryData");
}
