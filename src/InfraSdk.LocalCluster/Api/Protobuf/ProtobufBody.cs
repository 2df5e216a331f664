using System.Text.Json.Nodes;
using Google.Protobuf;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Api.Protobuf;

/// <summary>
/// Reads a request body in application/vnd.kubernetes.protobuf (what kubectl sends for the objects it builds itself:
/// create namespace, deployment, configmap, secret, service) into the same JSON object a JSON body becomes. The body is
/// "k8s\0" and a runtime.Unknown {typeMeta, raw, contentEncoding, contentType} whose raw bytes hold the object.
/// </summary>
internal static class ProtobufBody
{
    public const string MediaType = "application/vnd.kubernetes.protobuf";

    private static ReadOnlySpan<byte> Magic => "k8s\0"u8;

    public static async Task<JsonObject> ReadAsync(Stream body, ResourceType type, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, cancellationToken);
        return Decode(buffer.ToArray(), type);
    }

    /// <summary>The object the body holds, with the envelope's apiVersion and kind; a malformed body is a 400 naming the URL's kind.</summary>
    public static JsonObject Decode(byte[] body, ResourceType type)
    {
        try
        {
            return DecodeEnvelope(body, type);
        }
        catch (Exception error) when (error is ProtobufFormatException or InvalidProtocolBufferException)
        {
            var reason = error is ProtobufFormatException ? error.Message : "its wire data is truncated or invalid";
            throw ApiException.BadRequest($"{type.Kind} in version \"{type.Version}\" cannot be handled as a {type.Kind}: the protobuf body is malformed: {reason}");
        }
    }

    private static JsonObject DecodeEnvelope(byte[] body, ResourceType type)
    {
        if (!body.AsSpan().StartsWith(Magic))
        {
            throw new ProtobufFormatException("it does not start with the Kubernetes protobuf prefix \"k8s\\x00\"");
        }

        var unknown = ProtoJsonReader.Read(ByteString.CopyFrom(body, Magic.Length, body.Length - Magic.Length), "Unknown");
        var apiVersion = (string?)unknown["typeMeta"]?["apiVersion"] ?? "";
        var kind = (string?)unknown["typeMeta"]?["kind"] ?? "";
        if ((string?)unknown["contentEncoding"] is { } encoding)
        {
            throw new ProtobufFormatException($"content encoding {FieldError.Quote(encoding)} is not supported");
        }

        var key = apiVersion.Length == 0 && kind.Length == 0 ? (type.GroupVersion, type.Kind) : (apiVersion, kind);
        if (!ProtoSchema.Kinds.TryGetValue(key, out var message))
        {
            throw new ApiException(415, "UnsupportedMediaType",
                $"protobuf bodies are read for {string.Join(", ", ProtoSchema.Kinds.Keys.Select(known => known.Kind))} only: send kind {FieldError.Quote(key.Item2)} as application/json");
        }

        var raw = (string?)unknown["raw"] is { } base64 ? ByteString.FromBase64(base64) : ByteString.Empty;
        var result = ProtoJsonReader.Read(raw, message);
        if (apiVersion.Length > 0)
        {
            result.Insert(0, "apiVersion", apiVersion);
        }

        if (kind.Length > 0)
        {
            result.Insert(0, "kind", kind);
        }

        return result;
    }
}
