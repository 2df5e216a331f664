using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace InfraSdk.LocalCluster.Api;

/// <summary>Reads a request body as a JSON tree; apply patches may also come as YAML.</summary>
internal static class RequestBody
{
    public static async Task<JsonNode> ReadAsync(Stream body, bool allowYaml, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            return JsonNode.Parse(text) ?? throw ApiException.BadRequest("the request body is empty");
        }
        catch (JsonException jsonError)
        {
            if (!allowYaml)
            {
                throw ApiException.BadRequest("the body of the request is not valid JSON: " + jsonError.Message);
            }
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 1 && FromYaml(stream.Documents[0].RootNode) is { } node
                ? node
                : throw ApiException.BadRequest("the apply patch must hold exactly one object");
        }
        catch (YamlDotNet.Core.YamlException yamlError)
        {
            throw ApiException.BadRequest("error decoding YAML: " + yamlError.Message);
        }
    }

    private static JsonNode? FromYaml(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(entry =>
            KeyValuePair.Create(((YamlScalarNode)entry.Key).Value ?? "", FromYaml(entry.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(FromYaml).ToArray()),
        YamlScalarNode scalar => FromScalar(scalar),
        _ => null,
    };

    /// <summary>YAML 1.2 core schema for plain scalars: null, booleans, integers and floats; everything else is a string.</summary>
    private static JsonNode? FromScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
            _ when double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var real) => JsonValue.Create(real),
            _ => JsonValue.Create(text),
        };
    }
}
