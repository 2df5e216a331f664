using System.Collections.Generic;
using System.Linq;
using System.Text;
using InfraSdk.Declarations;
using InfraSdk.Kubernetes;
using InfraSdk.Yaml;

namespace InfraSdk.Manifests;

/// <summary>ConfigMaps (literal data and project files) and Secrets (sources only: values are read when a command runs).</summary>
internal static class ConfigManifests
{
    public static YamlMapping ConfigMap(DeclObject configMap, ManifestContext context)
    {
        var data = configMap.StringEntries("Data")
            .Concat(configMap.StringEntries("Files").Select(file => new KeyValuePair<string, string>(file.Key, context.ReadFile(file.Value))));
        return ManifestMapping.Head(configMap, context).AddIfAny("data", YamlMapping.Sorted(data));
    }

    /// <summary>A Secret without values; the annotation <c>infrasdk.io/secret-sources</c> says where each comes from.</summary>
    public static YamlMapping Secret(DeclObject secret, ManifestContext context)
    {
        var sources = secret.Entries("Values")
            .Where(entry => entry.Value is DeclObject)
            .Select(entry => new KeyValuePair<string, string>(entry.Key, Source((DeclObject)entry.Value)))
            .ToList();
        var annotation = sources.Count == 0
            ? []
            : new[] { new KeyValuePair<string, string>(InfraSdkMetadata.SecretSourcesKey, SourcesJson(sources)) };
        return new YamlMapping()
            .Add("apiVersion", "v1")
            .Add("kind", "Secret")
            .Add("metadata", ObjectMetadata.Map(secret, context, annotation))
            .Add("type", secret.String("Type") ?? "Opaque");
    }

    private static string Source(DeclObject source) => source.Type == "FromFile"
        ? InfraSdkMetadata.FileSourcePrefix + source.String("Path")
        : InfraSdkMetadata.EnvironmentSourcePrefix + source.String("Variable");

    /// <summary>{"key":"env:NAME",...}, keys sorted, as compact JSON.</summary>
    private static string SourcesJson(IEnumerable<KeyValuePair<string, string>> sources)
    {
        var json = new StringBuilder("{");
        foreach (var source in sources.OrderBy(s => s.Key, System.StringComparer.Ordinal))
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }

            AppendJsonString(json, source.Key).Append(':');
            AppendJsonString(json, source.Value);
        }

        return json.Append('}').ToString();
    }

    private static StringBuilder AppendJsonString(StringBuilder json, string text)
    {
        json.Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                json.Append('\\').Append(c);
            }
            else if (c < ' ')
            {
                json.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                json.Append(c);
            }
        }

        return json.Append('"');
    }
}
