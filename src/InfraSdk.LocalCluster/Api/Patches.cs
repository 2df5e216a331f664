using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Apply;

namespace InfraSdk.LocalCluster.Api;

/// <summary>The patch types that turn a live object into a new one by themselves (all but server-side apply).</summary>
internal static class Patches
{
    public const string JsonPatchType = "application/json-patch+json";
    public const string MergePatch = "application/merge-patch+json";
    public const string StrategicMergePatchType = "application/strategic-merge-patch+json";

    public static bool Handles(string contentType) => contentType is JsonPatchType or MergePatch or StrategicMergePatchType;

    /// <summary>What the patch does to a live object of <paramref name="type"/>.</summary>
    public static Func<JsonNode, JsonNode?> For(string contentType, JsonNode patch, ResourceType type) => contentType switch
    {
        MergePatch => live => JsonMergePatch.Apply(live, patch),
        JsonPatchType => live => JsonPatch.Apply(live, patch),
        _ => live => StrategicMergePatch.Apply(live, patch, ListSchema.For(type)),
    };
}
