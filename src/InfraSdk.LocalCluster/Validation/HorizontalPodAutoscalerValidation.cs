using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Validation;

/// <summary>ValidateHorizontalPodAutoscaler (pkg/apis/autoscaling/validation/validation.go) for autoscaling/v2.</summary>
internal static class HorizontalPodAutoscalerValidation
{
    private static readonly string[] SourceTypes = ["ContainerResource", "External", "Object", "Pods", "Resource"];
    private static readonly string[] TargetTypes = ["Utilization", "Value", "AverageValue"];

    public static IReadOnlyList<FieldError> Validate(JsonObject autoscaler)
    {
        var errors = new List<FieldError>(ObjectMetaValidation.Validate(autoscaler, KubernetesNames.CheckDns1123Subdomain));
        var spec = autoscaler.Object("spec");
        var minReplicas = spec.Integer("minReplicas");
        var maxReplicas = spec.Integer("maxReplicas") ?? 0;
        if (minReplicas < 1)
        {
            errors.Add(FieldError.Invalid("spec.minReplicas", minReplicas.Value, "must be greater than or equal to 1"));
        }

        if (maxReplicas < 1)
        {
            errors.Add(FieldError.Invalid("spec.maxReplicas", maxReplicas, "must be greater than 0"));
        }

        if (minReplicas is { } min && maxReplicas < min)
        {
            errors.Add(FieldError.Invalid("spec.maxReplicas", maxReplicas, "must be greater than or equal to `minReplicas`"));
        }

        errors.AddRange(ObjectReference(spec.Object("scaleTargetRef"), "spec.scaleTargetRef"));
        var metrics = spec.Array("metrics").Objects().ToList();
        for (var i = 0; i < metrics.Count; i++)
        {
            errors.AddRange(Metric(metrics[i], $"spec.metrics[{i}]"));
        }

        return errors;
    }

    /// <summary>ValidateCrossVersionObjectReference: a kind and a name, each usable as a path segment.</summary>
    private static IEnumerable<FieldError> ObjectReference(JsonObject? reference, string path)
    {
        foreach (var field in new[] { "kind", "name" })
        {
            var value = reference.String(field) ?? "";
            if (value.Length == 0)
            {
                yield return FieldError.Required($"{path}.{field}");
                continue;
            }

            foreach (var problem in PathSegmentProblems(value))
            {
                yield return FieldError.Invalid($"{path}.{field}", value, problem);
            }
        }
    }

    /// <summary>IsValidPathSegmentName.</summary>
    private static IEnumerable<string> PathSegmentProblems(string value)
    {
        if (value is "." or "..")
        {
            yield return $"may not be '{value}'";
        }

        foreach (var illegal in new[] { "/", "%" }.Where(illegal => value.Contains(illegal, StringComparison.Ordinal)))
        {
            yield return $"may not contain '{illegal}'";
        }
    }

    private static IEnumerable<FieldError> Metric(JsonObject metric, string path)
    {
        var type = metric.String("type") ?? "";
        if (type.Length == 0)
        {
            yield return FieldError.Required(path + ".type", "must specify a metric source type");
        }

        if (!SourceTypes.Contains(type))
        {
            yield return FieldError.NotSupported(path + ".type", type, SourceTypes);
        }

        var expected = type.Length == 0 ? "" : char.ToLowerInvariant(type[0]) + type[1..];
        if (expected.Length > 0 && metric.Object(expected) is null)
        {
            yield return FieldError.Required($"{path}.{expected}", "must populate information for the given metric source");
        }

        if (type is "Resource" or "ContainerResource" && metric.Object(expected) is { } source)
        {
            if (string.IsNullOrEmpty(source.String("name")))
            {
                yield return FieldError.Required($"{path}.{expected}.name", "must specify a resource name");
            }

            foreach (var error in Target(source.Object("target"), $"{path}.{expected}.target"))
            {
                yield return error;
            }
        }
    }

    private static IEnumerable<FieldError> Target(JsonObject? target, string path)
    {
        var type = target.String("type") ?? "";
        if (type.Length == 0)
        {
            yield return FieldError.Required(path + ".type", "must specify a metric target type");
        }

        if (!TargetTypes.Contains(type))
        {
            yield return FieldError.Invalid(path + ".type", type, "must be either Utilization, Value, or AverageValue");
        }

        if (target.Integer("averageUtilization") is < 1 and var utilization)
        {
            yield return FieldError.Invalid(path + ".averageUtilization", utilization, "must be greater than 0");
        }
    }
}
