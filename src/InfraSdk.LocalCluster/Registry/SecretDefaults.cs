using System.Text;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>
/// What the API server does to a v1 Secret on a write: type defaults to Opaque, and stringData is write-only: its
/// entries are encoded into data (winning over data's own) and the field is dropped.
/// </summary>
internal static class SecretDefaults
{
    public static void Apply(JsonObject secret)
    {
        secret["type"] ??= "Opaque";
        if (secret["stringData"] is not JsonObject stringData)
        {
            secret.Remove("stringData");
            return;
        }

        var data = secret.EnsureObject("data");
        foreach (var (key, value) in stringData)
        {
            data[key] = Convert.ToBase64String(Encoding.UTF8.GetBytes(value?.GetValue<string>() ?? ""));
        }

        secret.Remove("stringData");
    }
}
