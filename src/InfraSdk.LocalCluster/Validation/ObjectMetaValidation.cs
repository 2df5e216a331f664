using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Validation;

/// <summary>ValidateObjectMeta and ValidateLabels of the API server, for the fields clients set.</summary>
internal static class ObjectMetaValidation
{
    public static IEnumerable<FieldError> Validate(JsonObject obj, Func<string, IReadOnlyList<string>> checkName)
    {
        var metadata = obj.Object("metadata");
        var name = metadata.String("name") ?? "";
        if (name.Length == 0)
        {
            yield return FieldError.Required("metadata.name", "name or generateName is required");
        }
        else
        {
            foreach (var problem in checkName(name))
            {
                yield return FieldError.Invalid("metadata.name", name, problem);
            }
        }

        foreach (var error in Labels(metadata.StringMap("labels"), "metadata.labels"))
        {
            yield return error;
        }
    }

    /// <summary>ValidateLabels: every key a qualified name, every value a label value; errors name the map's path.</summary>
    public static IEnumerable<FieldError> Labels(IReadOnlyDictionary<string, string> labels, string field)
    {
        foreach (var (key, value) in labels.OrderBy(label => label.Key, StringComparer.Ordinal))
        {
            foreach (var problem in KubernetesNames.CheckQualifiedName(key))
            {
                yield return FieldError.Invalid(field, key, problem);
            }

            foreach (var problem in KubernetesNames.CheckLabelValue(value))
            {
                yield return FieldError.Invalid(field, value, problem);
            }
        }
    }

    /// <summary>ValidatePortNumOrName: a targetPort or probe port, as a number or an IANA_SVC_NAME.</summary>
    public static IEnumerable<FieldError> PortNumberOrName(JsonNode? port, string field)
    {
        if (port.AsInteger() is { } number)
        {
            return KubernetesNames.CheckPortNumber(number).Select(problem => FieldError.Invalid(field, number, problem));
        }

        if (port is JsonValue text && text.TryGetValue<string>(out var portName))
        {
            return KubernetesNames.CheckPortName(portName).Select(problem => FieldError.Invalid(field, portName, problem));
        }

        return [];
    }
}
