using CsCheck;
using static InfraSdk.Generators.Tests.Fuzzing.Values;

namespace InfraSdk.Generators.Tests.Fuzzing;

/// <summary>
/// Valid declarations of every model type: the member's type and its initializer, with a random subset of the
/// type's properties set.
/// </summary>
internal static class Declarations
{
    private static readonly Gen<string> HealthCheck = Gen.Select(
        Gen.OneOf<string>(
            Gen.Select(Str, Int, Str, (path, port, name) => $"new HttpGetCheck({path}, {port}, {name})"),
            Gen.Select(Str, (path) => $"new HttpGetCheck({path}, PortName: \"http\")"),
            Gen.Select(Int, (port) => $"new TcpSocketCheck({port})"),
            Gen.Select(Str, (name) => $"new TcpSocketCheck(PortName: {name})"),
            Items(Str).Select(command => $"new ExecCheck({(command.StartsWith('[') ? command : "new[] " + command)})"),
            Gen.Select(Int, Str, (port, service) => $"new GrpcCheck({port}, {service})")),
        Initializer(
            Int.Select(v => "InitialDelaySeconds = " + v),
            Int.Select(v => "PeriodSeconds = " + v),
            Int.Select(v => "TimeoutSeconds = " + v),
            Int.Select(v => "SuccessThreshold = " + v),
            Int.Select(v => "FailureThreshold = " + v)),
        (check, initializer) => check + initializer);

    private static readonly Gen<string> EnvSource = Gen.OneOf<string>(
        Gen.Select(Str, Str, (map, key) => $"new ConfigMapKey({map}, {key})"),
        Gen.Select(Str, Str, (secret, key) => $"new SecretKey({secret}, {key})"),
        Enum("PodField", "Name", "Namespace", "PodIP", "HostIP", "NodeName", "ServiceAccountName").Select(field => $"new PodFieldRef({field})"));

    private static readonly Gen<string> EnvImport = Gen.OneOf<string>(
        Gen.Select(Str, Str, (map, prefix) => $"new ConfigMapEnv({map}, {prefix})"),
        Gen.Select(Str, (secret) => $"new SecretEnv({secret})"));

    private static readonly Gen<string> Compute = Gen.Select(Quantity, Quantity, Gen.Int[0, 2], (cpu, memory, style) => style switch
    {
        0 => $"new(Cpu: {cpu}, Memory: {memory})",
        1 => $"new Compute({cpu})",
        _ => $"new Compute(Memory: {memory})",
    });

    private static readonly Gen<string> ContainerPort = Gen.Select(Int, Str, Enum("Protocol", "Tcp", "Udp", "Sctp"), Gen.Int[0, 2], (port, name, protocol, style) => style switch
    {
        0 => $"new({port})",
        1 => $"new({port}, {name})",
        _ => $"new ContainerPort({port}, Protocol: {protocol})",
    });

    private static readonly Gen<string> Container = Gen.Select(
        Str,
        Initializer(
            Str.Select(v => "Name = " + v),
            Enum("PullPolicy", "Always", "IfNotPresent", "Never").Select(v => "PullPolicy = " + v),
            Items(Str).Select(v => "Command = " + v),
            Items(Str).Select(v => "Args = " + v),
            Str.Select(v => "WorkingDirectory = " + v),
            Items(ContainerPort).Select(v => "Ports = " + v),
            Entries(Str).Select(v => $"Env = {{ {v} }}"),
            Entries(EnvSource).Select(v => $"EnvFrom = {{ {v} }}"),
            Items(EnvImport).Select(v => "EnvImports = " + v),
            Compute.Select(v => "Requests = " + v),
            Compute.Select(v => "Limits = " + v),
            HealthCheck.Select(v => "LivenessProbe = " + v),
            HealthCheck.Select(v => "ReadinessProbe = " + v),
            HealthCheck.Select(v => "StartupProbe = " + v),
            Items(Gen.Select(Str, Str, Bool, Str, (volume, path, readOnly, subPath) => $"new VolumeMount({volume}, {path}, {readOnly}, {subPath})")).Select(v => "VolumeMounts = " + v),
            Initializer(
                Bool.Select(v => "RunAsNonRoot = " + v),
                Long.Select(v => "RunAsUser = " + v),
                Bool.Select(v => "ReadOnlyRootFilesystem = " + v),
                Bool.Select(v => "AllowPrivilegeEscalation = " + v),
                Items(Str).Select(v => "DropCapabilities = " + v)).Select(v => "Security = new ContainerSecurity()" + v)),
        (image, initializer) => $"new({image}){initializer}");

    private static readonly Gen<string> Volume = Gen.OneOf<string>(
        Gen.Select(Str, Str, (name, map) => $"new ConfigMapVolume({name}, {map})"),
        Gen.Select(Str, Str, (name, secret) => $"new SecretVolume({name}, {secret})"),
        Gen.Select(Str, Quantity, Bool, (name, size, memory) => $"new EmptyDirVolume({name}, {size}, {memory})"),
        Gen.Select(Str, Str, Bool, (name, claim, readOnly) => $"new PersistentVolumeClaimVolume({name}, {claim}, {readOnly})"));

    private static readonly Gen<string> Toleration = Gen.Select(
        Str,
        Str,
        Enum("TaintEffect", "NoSchedule", "PreferNoSchedule", "NoExecute"),
        Enum("TolerationOperator", "Equal", "Exists"),
        Long,
        (key, value, effect, op, seconds) => $"new Toleration({key}, {value}, {effect}, {op}, {seconds})");

    private static readonly Gen<string> ResourceCommon = Initializer(
        Str.Select(v => "Namespace = " + v),
        Entries(Str).Select(v => $"Labels = {{ {v} }}"),
        Entries(Str).Select(v => $"Annotations = {{ {v} }}"));

    private static readonly Gen<(string Type, string Initializer)> Deployment = Gen.Select(
        Str,
        ResourceCommon,
        Initializer(
            Int.Select(v => "Replicas = " + v),
            Container.Select(v => "Container = " + v),
            Items(Container).Select(v => "Sidecars = " + v),
            Items(Container).Select(v => "InitContainers = " + v),
            Entries(Str).Select(v => $"Selector = {{ {v} }}"),
            Entries(Str).Select(v => $"PodAnnotations = {{ {v} }}"),
            Gen.OneOf<string>(Gen.Select(CountOrPercent, CountOrPercent, (surge, unavailable) => $"new RollingUpdateStrategy({surge}, {unavailable})"), Gen.Const("new RecreateStrategy()")).Select(v => "Strategy = " + v),
            Int.Select(v => "RevisionHistoryLimit = " + v),
            Int.Select(v => "MinReadySeconds = " + v),
            Items(Volume).Select(v => "Volumes = " + v),
            Str.Select(v => "ServiceAccount = " + v),
            Entries(Str).Select(v => $"NodeSelector = {{ {v} }}"),
            Items(Toleration).Select(v => "Tolerations = " + v),
            Initializer(
                Bool.Select(v => "RunAsNonRoot = " + v),
                Long.Select(v => "RunAsUser = " + v),
                Long.Select(v => "RunAsGroup = " + v),
                Long.Select(v => "FsGroup = " + v)).Select(v => "Security = new PodSecurity()" + v),
            Items(Str).Select(v => "ImagePullSecrets = " + v),
            Int.Select(v => "TerminationGracePeriodSeconds = " + v),
            Gen.OneOf("d => d.Spec.Template.Spec.HostNetwork = true", "d => { }", "static d => d.Metadata.Name = null", "Customizer").Select(v => "Customize = " + v)),
        (name, common, own) => ("Deployment", $"new({name}){Merge(common, own)}"));

    private static readonly Gen<string> ServicePort = Gen.Select(Int, Int, Int, Enum("Protocol", "Tcp", "Udp", "Sctp"), Str, Gen.Int[0, 4], (port, target, node, protocol, name, style) => style switch
    {
        0 => $"new ServicePort({port})",
        1 => $"new ServicePort(Port: {port}, TargetPort: {target}, NodePort: {node})",
        2 => $"new ServicePort({port}, NodePort: {node}, Protocol: {protocol}, Name: {name})",
        3 => $"new ServicePort({port}, TargetPortName: {name})",
        _ => $"new({port}, {target}, {node}, {protocol}, {name}, {name})",
    });

    private static readonly Gen<(string Type, string Initializer)> Service = Gen.Select(
        Gen.OneOf("ClusterIPService", "NodePortService", "LoadBalancerService"),
        Str,
        ResourceCommon,
        Initializer(
            Entries(Str).Select(v => $"Selector = {{ {v} }}"),
            Items(ServicePort).Select(v => "Ports = " + v),
            Enum("ExternalTrafficPolicy", "Cluster", "Local").Select(v => "ExternalTrafficPolicy = " + v),
            Enum("InternalTrafficPolicy", "Cluster", "Local").Select(v => "InternalTrafficPolicy = " + v),
            Enum("SessionAffinity", "None", "ClientIP").Select(v => "SessionAffinity = " + v),
            Gen.OneOf<string>(Gen.Const("new TcpProbe()"), Str.Select(path => $"new HttpProbe({path})")).Select(v => "Probe = " + v),
            Gen.OneOf("s => s.Spec.ClusterIP = \"None\"", "s => s.Spec.Ports.Clear()").Select(v => "Customize = " + v)),
        Initializer(
            Int.Select(v => "HealthCheckNodePort = " + v),
            Bool.Select(v => "AllocateLoadBalancerNodePorts = " + v),
            Items(Gen.OneOf("10.0.0.0/8", "::/0", "not-a-cidr", "").Select(Literal)).Select(v => "LoadBalancerSourceRanges = " + v)),
        Gen.Int[0, 3],
        (type, name, common, own, balancer, declaredAs) =>
        {
            var properties = type == "LoadBalancerService" ? Merge(common, Merge(own, balancer)) : Merge(common, own);
            return declaredAs switch
            {
                0 => ("Service", $"new {type}({name}){properties}"),
                _ => (type, $"new({name}){properties}"),
            };
        });

    private static readonly Gen<(string Type, string Initializer)> ConfigMap = Gen.Select(
        Str,
        ResourceCommon,
        Initializer(
            Entries(Str).Select(v => $"Data = {{ {v} }}"),
            Entries(Gen.OneOf("config/app.json", "config/missing.json", "../outside.txt", "/abs/path", "C:\\win\\path", "", "config//app.json").Select(Literal)).Select(v => $"Files = {{ {v} }}")),
        (name, common, own) => ("ConfigMap", $"new({name}){Merge(common, own)}"));

    private static readonly Gen<(string Type, string Initializer)> Secret = Gen.Select(
        Str,
        ResourceCommon,
        Initializer(
            Str.Select(v => "Type = " + v),
            Entries(Gen.OneOf<string>(Str.Select(v => $"new FromEnvironment({v})"), Str.Select(v => $"new FromFile({v})"))).Select(v => $"Values = {{ {v} }}")),
        (name, common, own) => ("Secret", $"new({name}){Merge(common, own)}"));

    private static readonly Gen<string> IngressPath = Gen.Select(Str, Str, Int, Str, Enum("PathType", "Prefix", "Exact", "ImplementationSpecific"), (path, service, port, portName, type) =>
        $"new IngressPath({path}, {service}, {port}, {portName}, {type})");

    private static readonly Gen<(string Type, string Initializer)> Ingress = Gen.Select(
        Str,
        ResourceCommon,
        Initializer(
            Str.Select(v => "ClassName = " + v),
            Items(Gen.Select(Str, Items(IngressPath), (host, paths) => $"new IngressRule({host}) {{ Paths = {paths} }}")).Select(v => "Rules = " + v),
            Items(Gen.Select(Str, Items(Str), (secret, hosts) => $"new IngressTls({secret}) {{ Hosts = {hosts} }}")).Select(v => "Tls = " + v)),
        (name, common, own) => ("Ingress", $"new({name}){Merge(common, own)}"));

    private static readonly Gen<(string Type, string Initializer)> Autoscaler = Gen.Select(
        Str,
        Initializer(
            Str.Select(v => "Deployment = " + v),
            Int.Select(v => "MinReplicas = " + v),
            Int.Select(v => "MaxReplicas = " + v),
            Int.Select(v => "CpuUtilization = " + v),
            Int.Select(v => "MemoryUtilization = " + v)),
        (name, own) => ("HorizontalPodAutoscaler", $"new({name}){own}"));

    private static readonly Gen<(string Type, string Initializer)> DisruptionBudget = Gen.Select(
        Str,
        Initializer(
            Str.Select(v => "Deployment = " + v),
            CountOrPercent.Select(v => "MinAvailable = " + v),
            CountOrPercent.Select(v => "MaxUnavailable = " + v)),
        (name, own) => ("PodDisruptionBudget", $"new({name}){own}"));

    private static readonly Gen<(string Type, string Initializer)> KubernetesObject = Gen.Select(
        Gen.OneOf("V1NetworkPolicy", "V1StatefulSet", "V1CronJob", "V1ConfigMap", "V1Service"),
        Str,
        Gen.Int[0, 2],
        (type, name, style) => style switch
        {
            0 => (type, $"new() {{ Metadata = new() {{ Name = {name} }} }}"),
            1 => (type, "new()"),
            _ => ("k8s.IKubernetesObject<V1ObjectMeta>", $"new {type} {{ Metadata = new V1ObjectMeta {{ Name = {name}, NamespaceProperty = {name} }} }}"),
        });

    /// <summary>One declaration of any model type: the member's type and its initializer.</summary>
    public static readonly Gen<(string Type, string Initializer)> Any = Gen.Frequency<(string Type, string Initializer)>(
        (6, Deployment),
        (6, Service),
        (2, ConfigMap),
        (2, Secret),
        (2, Ingress),
        (2, Autoscaler),
        (2, DisruptionBudget),
        (1, KubernetesObject));

    /// <summary>An object initializer (" { A = 1, B = 2 }") setting a random subset of <paramref name="properties"/>, or nothing.</summary>
    private static Gen<string> Initializer(params Gen<string>[] properties) =>
        Gen.Select(properties.Select(property => Gen.Frequency<string>((1, property), (2, Gen.Const(string.Empty)))).ToArray().Aggregate(
                Gen.Const(Enumerable.Empty<string>()),
                (set, property) => Gen.Select(set, property, (earlier, next) => next.Length == 0 ? earlier : earlier.Append(next))),
            set => set.Any() ? " { " + string.Join(", ", set) + " }" : string.Empty);

    private static string Merge(string first, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : first[..^2] + ", " + second[3..];
}
