using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Yaml;

namespace InfraSdk.Manifests;

/// <summary>One container: image and process, ports, environment, resources, probes, mounts and securityContext.</summary>
internal static class ContainerManifest
{
    public static YamlMapping Map(DeclObject container, string defaultName)
    {
        var security = container.Object("Security");
        return new YamlMapping()
            .Add("name", container.String("Name") ?? defaultName)
            .Add("image", container.String("Image") ?? string.Empty)
            .AddIfNotNull("imagePullPolicy", container.String("PullPolicy"))
            .AddIfAny("command", YamlSequence.Strings(container.Strings("Command")))
            .AddIfAny("args", YamlSequence.Strings(container.Strings("Args")))
            .AddIfNotNull("workingDir", container.String("WorkingDirectory"))
            .AddIfAny("ports", new YamlSequence(container.Objects("Ports").Select(Port)))
            .AddIfAny("env", new YamlSequence(container.StringEntries("Env").Select(env => (YamlNode)new YamlMapping().Add("name", env.Key).Add("value", env.Value))
                .Concat(container.Entries("EnvFrom").Where(env => env.Value is DeclObject).Select(env => EnvFrom(env.Key, (DeclObject)env.Value)))))
            .AddIfAny("envFrom", new YamlSequence(container.Objects("EnvImports").Select(EnvImport)))
            .AddIfAny("resources", new YamlMapping()
                .AddIfAny("requests", Compute(container.Object("Requests")))
                .AddIfAny("limits", Compute(container.Object("Limits"))))
            .AddIfAny("livenessProbe", HealthCheck(container.Object("LivenessProbe")))
            .AddIfAny("readinessProbe", HealthCheck(container.Object("ReadinessProbe")))
            .AddIfAny("startupProbe", HealthCheck(container.Object("StartupProbe")))
            .AddIfAny("volumeMounts", new YamlSequence(container.Objects("VolumeMounts").Select(VolumeMount)))
            .AddIfAny("securityContext", security is null ? null : new YamlMapping()
                .AddIfNotNull("runAsNonRoot", security.Bool("RunAsNonRoot"))
                .AddIfNotNull("runAsUser", security.Number("RunAsUser"))
                .AddIfNotNull("readOnlyRootFilesystem", security.Bool("ReadOnlyRootFilesystem"))
                .AddIfNotNull("allowPrivilegeEscalation", security.Bool("AllowPrivilegeEscalation"))
                .AddIfAny("capabilities", new YamlMapping().AddIfAny("drop", YamlSequence.Strings(security.Strings("DropCapabilities")))));
    }

    /// <summary>"TCP", "UDP" or "SCTP", as Kubernetes spells the model's Protocol member.</summary>
    public static string Protocol(DeclObject obj) => (obj.String("Protocol") ?? "Tcp").ToUpperInvariant();

    private static YamlMapping Port(DeclObject port) => new YamlMapping()
        .AddIfNotNull("name", port.String("Name"))
        .AddIfNotNull("containerPort", port.Int("Port"))
        .Add("protocol", Protocol(port));

    private static YamlMapping EnvFrom(string name, DeclObject source)
    {
        var valueFrom = source.Type switch
        {
            "ConfigMapKey" => new YamlMapping().Add("configMapKeyRef", new YamlMapping().Add("name", source.String("ConfigMap") ?? string.Empty).Add("key", source.String("Key") ?? string.Empty)),
            "SecretKey" => new YamlMapping().Add("secretKeyRef", new YamlMapping().Add("name", source.String("Secret") ?? string.Empty).Add("key", source.String("Key") ?? string.Empty)),
            _ => new YamlMapping().Add("fieldRef", new YamlMapping().Add("fieldPath", FieldPath(source.String("Field")))),
        };
        return new YamlMapping().Add("name", name).Add("valueFrom", valueFrom);
    }

    private static string FieldPath(string? field) => field switch
    {
        "Namespace" => "metadata.namespace",
        "PodIP" => "status.podIP",
        "HostIP" => "status.hostIP",
        "NodeName" => "spec.nodeName",
        "ServiceAccountName" => "spec.serviceAccountName",
        _ => "metadata.name",
    };

    private static YamlMapping EnvImport(DeclObject import) => import.Type == "SecretEnv"
        ? new YamlMapping().AddIfNotNull("prefix", import.String("Prefix")).Add("secretRef", new YamlMapping().Add("name", import.String("Secret") ?? string.Empty))
        : new YamlMapping().AddIfNotNull("prefix", import.String("Prefix")).Add("configMapRef", new YamlMapping().Add("name", import.String("ConfigMap") ?? string.Empty));

    private static YamlMapping? Compute(DeclObject? compute) => compute is null ? null : new YamlMapping()
        .AddIfNotNull("cpu", compute.String("Cpu"))
        .AddIfNotNull("memory", compute.String("Memory"));

    private static YamlMapping? HealthCheck(DeclObject? check)
    {
        if (check is null)
        {
            return null;
        }

        var probe = check.Type switch
        {
            "HttpGetCheck" => new YamlMapping().Add("httpGet", new YamlMapping().Add("path", check.String("Path") ?? "/").Add("port", PortRef(check))),
            "TcpSocketCheck" => new YamlMapping().Add("tcpSocket", new YamlMapping().Add("port", PortRef(check))),
            "ExecCheck" => new YamlMapping().Add("exec", new YamlMapping().Add("command", YamlSequence.Strings(check.Strings("Command")))),
            _ => new YamlMapping().Add("grpc", new YamlMapping().AddIfNotNull("port", check.Int("Port")).AddIfNotNull("service", check.String("Service"))),
        };
        return probe
            .AddIfNotNull("initialDelaySeconds", check.Int("InitialDelaySeconds"))
            .AddIfNotNull("periodSeconds", check.Int("PeriodSeconds"))
            .AddIfNotNull("timeoutSeconds", check.Int("TimeoutSeconds"))
            .AddIfNotNull("successThreshold", check.Int("SuccessThreshold"))
            .AddIfNotNull("failureThreshold", check.Int("FailureThreshold"));
    }

    /// <summary>A port by number, or by the container-port name in PortName.</summary>
    public static YamlScalar PortRef(DeclObject obj) =>
        obj.String("PortName") is { } name ? YamlScalar.String(name) : YamlScalar.Number(obj.Int("Port") ?? 0);

    private static YamlMapping VolumeMount(DeclObject mount) => new YamlMapping()
        .Add("name", mount.String("Volume") ?? string.Empty)
        .Add("mountPath", mount.String("MountPath") ?? string.Empty)
        .AddIfNotNull("readOnly", mount.Bool("ReadOnly"))
        .AddIfNotNull("subPath", mount.String("SubPath"));
}
