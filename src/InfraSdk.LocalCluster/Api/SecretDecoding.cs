using System.Text.Json;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Json;
using k8s;
using k8s.Models;

namespace InfraSdk.LocalCluster.Api;

/// <summary>
/// Reads a Secret body as the API server does: every value of data must be standard, padded base64, and the first bad
/// one fails the decoding with Go's encoding/base64 words ("illegal base64 data at input byte N").
/// </summary>
internal static class SecretDecoding
{
    public static void Decode(string json)
    {
        if (JsonNode.Parse(json).Object("data") is { } data)
        {
            foreach (var (_, value) in data)
            {
                if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String && IllegalByte(text.GetValue<string>()) is { } at)
                {
                    throw new JsonException($"illegal base64 data at input byte {at}");
                }
            }
        }

        KubernetesJson.Deserialize<V1Secret>(json);
    }

    /// <summary>Where base64.StdEncoding stops on <paramref name="text"/>, or null when it decodes; CR and LF are skipped.</summary>
    public static int? IllegalByte(string text)
    {
        var quantum = 0;
        var quantumStart = 0;
        var padding = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                continue;
            }

            if (quantum == 0)
            {
                quantumStart = i;
            }

            if (c == '=')
            {
                if (quantum < 2 || (padding == 0 && quantum == 2 && NextSignificant(text, i + 1) != '='))
                {
                    return i;
                }

                padding++;
            }
            else if (padding > 0 || !(char.IsAsciiLetterOrDigit(c) || c is '+' or '/'))
            {
                return i;
            }

            quantum = (quantum + 1) % 4;
        }

        return quantum == 0 ? null : quantumStart;
    }

    private static char? NextSignificant(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is not ('\r' or '\n'))
            {
                return text[i];
            }
        }

        return null;
    }
}
