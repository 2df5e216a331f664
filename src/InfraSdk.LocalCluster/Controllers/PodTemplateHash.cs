using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.DataPlane.Pods;

namespace InfraSdk.LocalCluster.Controllers;

/// <summary>
/// The pod-template-hash of a Deployment's template, as controller.ComputeHash makes it: a hash of the whole template
/// (here its JSON with the fields of every object in name order, so that the same template hashes the same however
/// a client ordered it), written in the safe alphabet. A new hash means a new ReplicaSet.
/// </summary>
internal static class PodTemplateHash
{
    public static string Of(JsonObject? template)
    {
        var text = new StringBuilder();
        Write(template, text);
        return PodNames.Hash(text.ToString());
    }

    private static void Write(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case JsonObject obj:
                text.Append('{');
                foreach (var (name, value) in obj.OrderBy(entry => entry.Key, StringComparer.Ordinal))
                {
                    text.Append(JsonSerializer.Serialize(name)).Append(':');
                    Write(value, text);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                foreach (var item in array)
                {
                    Write(item, text);
                    text.Append(',');
                }

                text.Append(']');
                break;
            default:
                text.Append(node?.ToJsonString() ?? "null");
                break;
        }
    }
}
