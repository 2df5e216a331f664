using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Validation;

/// <summary>ValidateDeployment (pkg/apis/apps/validation) and the pod template checks our Deployments meet.</summary>
internal static class DeploymentValidation
{
    public static IReadOnlyList<FieldError> Validate(JsonObject deployment)
    {
        var errors = new List<FieldError>(ObjectMetaValidation.Validate(deployment, KubernetesNames.CheckDns1123Subdomain));
        var spec = deployment.Object("spec");
        var replicas = spec.Integer("replicas") ?? 0;
        if (replicas < 0)
        {
            errors.Add(FieldError.Invalid("spec.replicas", replicas, "must be greater than or equal to 0"));
        }

        errors.AddRange(SelectedTemplate(spec, "deployment"));
        errors.AddRange(RestartPolicy(spec.Object("template").Object("spec"), "spec.template.spec"));
        errors.AddRange(PodSpecValidation.Validate(spec.Object("template").Object("spec"), "spec.template.spec"));
        return errors;
    }

    /// <summary>The strategy's ValidateUpdate for apps/v1: the selector may not change.</summary>
    public static IEnumerable<FieldError> ValidateUpdate(JsonObject deployment, JsonObject old)
    {
        var selector = deployment.Object("spec").Object("selector");
        var printed = LabelSelectorValidation.GoString(selector);
        if (printed != LabelSelectorValidation.GoString(old.Object("spec").Object("selector")))
        {
            yield return FieldError.InvalidPrinted("spec.selector", printed, "field is immutable");
        }
    }

    /// <summary>
    /// The selector of a workload (a Deployment's or a StatefulSet's): required, not empty, and matching the labels of
    /// its pod template, which must be valid labels.
    /// </summary>
    public static IEnumerable<FieldError> SelectedTemplate(JsonObject? spec, string kind)
    {
        var selector = spec.Object("selector");
        var templateLabels = spec.Object("template").Object("metadata").StringMap("labels");
        if (selector is null)
        {
            yield return FieldError.Required("spec.selector");
        }
        else
        {
            foreach (var error in LabelSelectorValidation.Validate(selector, "spec.selector"))
            {
                yield return error;
            }

            if (LabelSelectorValidation.IsEmpty(selector))
            {
                yield return FieldError.InvalidPrinted("spec.selector", LabelSelectorValidation.GoString(selector),
                    kind == "deployment" ? "empty selector is invalid for deployment" : "empty selector is not valid for statefulset.");
            }
            else if (!LabelSelector.FromObject(selector).Matches(templateLabels))
            {
                yield return FieldError.InvalidPrinted("spec.template.metadata.labels", LabelSelectorValidation.GoMap(templateLabels), "`selector` does not match template `labels`");
            }
        }

        foreach (var error in ObjectMetaValidation.Labels(templateLabels, "spec.template.metadata.labels"))
        {
            yield return error;
        }
    }

    /// <summary>Pods of a Deployment or StatefulSet restart always.</summary>
    public static IEnumerable<FieldError> RestartPolicy(JsonObject? podSpec, string path)
    {
        var restartPolicy = podSpec.String("restartPolicy") ?? "";
        if (restartPolicy != "Always")
        {
            yield return FieldError.NotSupported(path + ".restartPolicy", restartPolicy, ["Always"]);
        }
    }
}
