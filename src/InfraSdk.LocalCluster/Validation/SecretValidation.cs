using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Validation;

/// <summary>ValidateSecret and ValidateSecretUpdate (pkg/apis/core/validation/validation.go), after stringData was merged.</summary>
internal static class SecretValidation
{
    private static readonly Dictionary<string, string[]> RequiredKeys = new(StringComparer.Ordinal)
    {
        ["kubernetes.io/tls"] = ["tls.crt", "tls.key"],
        ["kubernetes.io/dockerconfigjson"] = [".dockerconfigjson"],
        ["kubernetes.io/dockercfg"] = [".dockercfg"],
        ["kubernetes.io/ssh-auth"] = ["ssh-privatekey"],
    };

    public static IReadOnlyList<FieldError> Validate(JsonObject secret)
    {
        var errors = new List<FieldError>(ObjectMetaValidation.Validate(secret, KubernetesNames.CheckDns1123Subdomain));
        var keys = ConfigMapValidation.DataKeys(secret, "data").ToList();
        foreach (var key in keys)
        {
            errors.AddRange(ConfigMapValidation.Keys(key, "data"));
        }

        var type = secret.String("type") ?? "";
        foreach (var key in RequiredKeys.GetValueOrDefault(type, []).Where(key => !keys.Contains(key)))
        {
            errors.Add(FieldError.Required($"data[{key}]"));
        }

        if (type == "kubernetes.io/service-account-token" && string.IsNullOrEmpty(secret.Object("metadata").StringMap("annotations").GetValueOrDefault("kubernetes.io/service-account.name")))
        {
            errors.Add(FieldError.Required("metadata.annotations[kubernetes.io/service-account.name]"));
        }

        return errors;
    }

    public static IEnumerable<FieldError> ValidateUpdate(JsonObject secret, JsonObject old)
    {
        var type = secret.String("type") ?? "";
        if (type != (old.String("type") ?? ""))
        {
            yield return FieldError.Invalid("type", type, "field is immutable");
        }

        foreach (var error in ConfigMapValidation.ValidateUpdate(secret, old, "data"))
        {
            yield return error;
        }
    }
}
