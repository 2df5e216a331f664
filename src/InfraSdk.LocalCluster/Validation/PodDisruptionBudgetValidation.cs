using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Validation;

/// <summary>ValidatePodDisruptionBudget (pkg/apis/policy/validation/validation.go).</summary>
internal static class PodDisruptionBudgetValidation
{
    public static IReadOnlyList<FieldError> Validate(JsonObject budget)
    {
        var errors = new List<FieldError>(ObjectMetaValidation.Validate(budget, KubernetesNames.CheckDns1123Subdomain));
        var spec = budget.Object("spec");
        var minAvailable = spec?["minAvailable"];
        var maxUnavailable = spec?["maxUnavailable"];
        if (minAvailable is not null && maxUnavailable is not null)
        {
            // Go prints the spec struct with %#v, pointers as addresses; the addresses are left out here.
            errors.Add(FieldError.InvalidPrinted("spec",
                "policy.PodDisruptionBudgetSpec{MinAvailable:(*intstr.IntOrString)(...), Selector:(*v1.LabelSelector)(...), MaxUnavailable:(*intstr.IntOrString)(...), UnhealthyPodEvictionPolicy:(*policy.UnhealthyPodEvictionPolicyType)(nil)}",
                "minAvailable and maxUnavailable cannot be both set"));
        }

        errors.AddRange(IntOrPercent(minAvailable, "spec.minAvailable"));
        errors.AddRange(IntOrPercent(maxUnavailable, "spec.maxUnavailable"));
        errors.AddRange(LabelSelectorValidation.Validate(spec.Object("selector"), "spec.selector"));
        var policy = spec.String("unhealthyPodEvictionPolicy");
        if (policy is not null && policy is not ("AlwaysAllow" or "IfHealthyBudget"))
        {
            errors.Add(FieldError.NotSupported("spec.unhealthyPodEvictionPolicy", policy, ["AlwaysAllow", "IfHealthyBudget"]));
        }

        return errors;
    }

    /// <summary>ValidatePositiveIntOrPercent and IsNotMoreThan100Percent (pkg/apis/apps/validation); a percentage prints as Go's %#v of an IntOrString.</summary>
    private static IEnumerable<FieldError> IntOrPercent(JsonNode? value, string path)
    {
        if (value is null)
        {
            yield break;
        }

        if (value.AsInteger() is { } number)
        {
            if (number < 0)
            {
                yield return FieldError.Invalid(path, number, "must be greater than or equal to 0");
            }

            yield break;
        }

        var text = value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        var printed = $"intstr.IntOrString{{Type:1, IntVal:0, StrVal:{FieldError.Quote(text)}}}";
        if (!text.EndsWith('%') || !uint.TryParse(text[..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var percent))
        {
            yield return FieldError.InvalidPrinted(path, printed, "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')");
        }
        else if (percent > 100)
        {
            yield return FieldError.InvalidPrinted(path, printed, "must not be greater than 100%");
        }
    }
}
