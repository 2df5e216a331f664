using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
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

        var template = spec.Object("template");
        var templateLabels = template.Object("metadata").StringMap("labels");
        var selector = spec.Object("selector");
        if (selector is null)
        {
            errors.Add(FieldError.Required("spec.selector"));
        }
        else
        {
            var matchLabels = selector.StringMap("matchLabels");
            errors.AddRange(ObjectMetaValidation.Labels(matchLabels, "spec.selector.matchLabels"));
            if (matchLabels.Count == 0 && (selector.Array("matchExpressions")?.Count ?? 0) == 0)
            {
                errors.Add(FieldError.InvalidPrinted("spec.selector", "v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}", "empty selector is invalid for deployment"));
            }
            else if (matchLabels.Any(label => !templateLabels.TryGetValue(label.Key, out var value) || value != label.Value))
            {
                errors.Add(FieldError.InvalidPrinted("spec.template.metadata.labels", GoMap(templateLabels), "`selector` does not match template `labels`"));
            }
        }

        errors.AddRange(ObjectMetaValidation.Labels(templateLabels, "spec.template.metadata.labels"));
        errors.AddRange(PodSpec(template.Object("spec"), "spec.template.spec"));
        return errors;
    }

    private static IEnumerable<FieldError> PodSpec(JsonObject? podSpec, string path)
    {
        var restartPolicy = podSpec.String("restartPolicy") ?? "";
        if (restartPolicy != "Always")
        {
            yield return FieldError.NotSupported(path + ".restartPolicy", restartPolicy, ["Always"]);
        }

        var containers = podSpec.Array("containers").Objects().ToList();
        if (containers.Count == 0)
        {
            yield return FieldError.Required(path + ".containers");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < containers.Count; i++)
        {
            foreach (var error in Container(containers[i], names, $"{path}.containers[{i}]"))
            {
                yield return error;
            }
        }
    }

    private static IEnumerable<FieldError> Container(JsonObject container, HashSet<string> names, string path)
    {
        var name = container.String("name") ?? "";
        if (name.Length == 0)
        {
            yield return FieldError.Required(path + ".name");
        }
        else
        {
            foreach (var problem in KubernetesNames.CheckDns1123Label(name))
            {
                yield return FieldError.Invalid(path + ".name", name, problem);
            }

            if (!names.Add(name))
            {
                yield return FieldError.Duplicate(path + ".name", name);
            }
        }

        if (string.IsNullOrWhiteSpace(container.String("image")))
        {
            yield return FieldError.Required(path + ".image");
        }

        var portNames = new HashSet<string>(StringComparer.Ordinal);
        var ports = container.Array("ports").Objects().ToList();
        for (var i = 0; i < ports.Count; i++)
        {
            var portPath = $"{path}.ports[{i}]";
            var portName = ports[i].String("name") ?? "";
            if (portName.Length > 0)
            {
                foreach (var problem in KubernetesNames.CheckPortName(portName))
                {
                    yield return FieldError.Invalid(portPath + ".name", portName, problem);
                }

                if (!portNames.Add(portName))
                {
                    yield return FieldError.Duplicate(portPath + ".name", portName);
                }
            }

            var containerPort = ports[i].Integer("containerPort") ?? 0;
            if (containerPort == 0)
            {
                yield return FieldError.Required(portPath + ".containerPort");
            }
            else
            {
                foreach (var problem in KubernetesNames.CheckPortNumber(containerPort))
                {
                    yield return FieldError.Invalid(portPath + ".containerPort", containerPort, problem);
                }
            }
        }
    }

    /// <summary>Go's %#v of a map[string]string: keys sorted, strings quoted.</summary>
    private static string GoMap(IReadOnlyDictionary<string, string> map) =>
        "map[string]string{" + string.Join(", ", map.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => FieldError.Quote(entry.Key) + ":" + FieldError.Quote(entry.Value))) + "}";
}
