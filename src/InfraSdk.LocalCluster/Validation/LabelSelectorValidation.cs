using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Validation;

/// <summary>ValidateLabelSelector (apimachinery's meta/v1 validation), and the selector printed as Go's %#v prints it.</summary>
internal static class LabelSelectorValidation
{
    private static readonly string[] Operators = ["In", "NotIn", "Exists", "DoesNotExist"];

    public static IEnumerable<FieldError> Validate(JsonObject? selector, string path)
    {
        var expressions = selector.Array("matchExpressions").Objects().ToList();
        for (var i = 0; i < expressions.Count; i++)
        {
            var expressionPath = $"{path}.matchExpressions[{i}]";
            var op = expressions[i].String("operator") ?? "";
            var values = expressions[i].Array("values")?.Count ?? 0;
            if (op is "In" or "NotIn" && values == 0)
            {
                yield return FieldError.Required(expressionPath + ".values", "must be specified when `operator` is 'In' or 'NotIn'");
            }
            else if (op is "Exists" or "DoesNotExist" && values > 0)
            {
                yield return FieldError.Forbidden(expressionPath + ".values", "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
            }
            else if (!Operators.Contains(op))
            {
                yield return FieldError.Invalid(expressionPath + ".operator", op, "not a valid selector operator");
            }

            var key = expressions[i].String("key") ?? "";
            foreach (var problem in KubernetesNames.CheckQualifiedName(key))
            {
                yield return FieldError.Invalid(expressionPath + ".key", key, problem);
            }
        }

        foreach (var error in ObjectMetaValidation.Labels(selector.StringMap("matchLabels"), path + ".matchLabels"))
        {
            yield return error;
        }
    }

    public static bool IsEmpty(JsonObject? selector) =>
        selector.StringMap("matchLabels").Count == 0 && (selector.Array("matchExpressions")?.Count ?? 0) == 0;

    /// <summary>v1.LabelSelector{MatchLabels:..., MatchExpressions:...} as %#v prints it.</summary>
    public static string GoString(JsonObject? selector)
    {
        var expressions = selector.Array("matchExpressions").Objects().ToList();
        var printedExpressions = expressions.Count == 0
            ? "[]v1.LabelSelectorRequirement(nil)"
            : "[]v1.LabelSelectorRequirement{" + string.Join(", ", expressions.Select(GoRequirement)) + "}";
        return $"v1.LabelSelector{{MatchLabels:{GoMap(selector.StringMap("matchLabels"))}, MatchExpressions:{printedExpressions}}}";
    }

    /// <summary>Go's %#v of a map[string]string: keys sorted, strings quoted, nil when empty.</summary>
    public static string GoMap(IReadOnlyDictionary<string, string> map) =>
        map.Count == 0
            ? "map[string]string(nil)"
            : "map[string]string{" + string.Join(", ", map.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => FieldError.Quote(entry.Key) + ":" + FieldError.Quote(entry.Value))) + "}";

    private static string GoRequirement(JsonObject requirement)
    {
        var values = requirement.Array("values") is { Count: > 0 } list
            ? "[]string{" + string.Join(", ", list.Select(value => FieldError.Quote(value?.GetValue<string>() ?? ""))) + "}"
            : "[]string(nil)";
        return $"v1.LabelSelectorRequirement{{Key:{FieldError.Quote(requirement.String("key") ?? "")}, Operator:{FieldError.Quote(requirement.String("operator") ?? "")}, Values:{values}}}";
    }
}
