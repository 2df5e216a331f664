using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Validation;

/// <summary>ValidateConfigMap and ValidateConfigMapUpdate (pkg/apis/core/validation/validation.go).</summary>
internal static class ConfigMapValidation
{
    public static IReadOnlyList<FieldError> Validate(JsonObject configMap)
    {
        var errors = new List<FieldError>(ObjectMetaValidation.Validate(configMap, KubernetesNames.CheckDns1123Subdomain));
        var binaryKeys = configMap.Object("binaryData")?.Select(entry => entry.Key).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var key in DataKeys(configMap, "data"))
        {
            errors.AddRange(Keys(key, "data"));
            if (binaryKeys.Contains(key))
            {
                errors.Add(FieldError.Invalid($"data[{key}]", key, "duplicate of key present in binaryData"));
            }
        }

        foreach (var key in binaryKeys)
        {
            errors.AddRange(Keys(key, "binaryData"));
        }

        return errors;
    }

    /// <summary>The keys of a data map, sorted, so that several errors come in a stable order.</summary>
    public static IEnumerable<string> DataKeys(JsonObject obj, string field) =>
        obj.Object(field)?.Select(entry => entry.Key).Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>();

    /// <summary>IsConfigMapKey for a key of <paramref name="field"/>, reported at field[key].</summary>
    public static IEnumerable<FieldError> Keys(string key, string field) =>
        ValueNames.CheckConfigKey(key).Select(problem => FieldError.Invalid($"{field}[{key}]", key, problem));

    /// <summary>An immutable object keeps its data and stays immutable.</summary>
    public static IEnumerable<FieldError> ValidateUpdate(JsonObject obj, JsonObject old, params string[] dataFields)
    {
        if (old.Boolean("immutable") != true)
        {
            yield break;
        }

        if (obj.Boolean("immutable") != true)
        {
            yield return FieldError.Forbidden("immutable", "field is immutable when `immutable` is set");
        }

        foreach (var field in dataFields.Where(field => !JsonNode.DeepEquals(obj[field], old[field])))
        {
            yield return FieldError.Forbidden(field, "field is immutable when `immutable` is set");
        }
    }
}
