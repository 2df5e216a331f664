using System.Text.Encodings.Web;
using System.Text.Json;

namespace InfraSdk.LocalCluster.Storage;

/// <summary>How stored objects are written out to clients: as the API answers write them (no escaping of &lt;, &gt;, &amp;, +).</summary>
internal static class StoreJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
