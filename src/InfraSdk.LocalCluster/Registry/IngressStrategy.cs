using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

internal sealed class IngressStrategy() : ResourceStrategy(ResourceType.Ingresses)
{
    public override bool TracksGeneration => true;

    public override void PrepareForCreate(JsonObject obj) => obj["status"] = new JsonObject { ["loadBalancer"] = new JsonObject() };

    public override IReadOnlyList<FieldError> Validate(JsonObject obj) => IngressValidation.Validate(obj);
}
