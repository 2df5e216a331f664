using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Controllers;

/// <summary>metadata.ownerReferences as the controllers write and read them.</summary>
internal static class OwnerReferences
{
    /// <summary>The reference a controller puts on what it creates: controller and blockOwnerDeletion true.</summary>
    public static JsonArray ControlledBy(ResourceType ownerType, JsonObject owner) => new(new JsonObject
    {
        ["apiVersion"] = ownerType.GroupVersion,
        ["kind"] = ownerType.Kind,
        ["name"] = owner.Name(),
        ["uid"] = owner.Object("metadata").String("uid"),
        ["controller"] = true,
        ["blockOwnerDeletion"] = true,
    });

    /// <summary>The name of the object's controller of kind <paramref name="kind"/>, or null.</summary>
    public static string? ControllerName(JsonObject? obj, string kind) =>
        obj.Object("metadata").Array("ownerReferences").Objects()
            .FirstOrDefault(reference => reference.Boolean("controller") == true && reference.String("kind") == kind)
            .String("name");
}
