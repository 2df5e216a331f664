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
            Each(Int, "InitialDelaySeconds", "PeriodSeconds", "TimeoutSeconds", "SuccessThreshold", "FailureThreshold")),
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
            Set("Name", Str),
            Set("PullPolicy", Enum("PullPolicy", "Always", "IfNotPresent", "Never")),
            Set("Command", Items(Str)),
            Set("Args", Items(Str)),
            Set("WorkingDirectory", Str),
            Set("Ports", Items(ContainerPort)),
            Set("Env", Entries(Str)),
            Set("EnvFrom", Entries(EnvSource)),
            Set("EnvImports", Items(EnvImport)),
            Set("Requests", Compute),
            Set("Limits", Compute),
            Set("LivenessProbe", HealthCheck),
            Set("ReadinessProbe", HealthCheck),
            Set("StartupProbe", HealthCheck),
            Set("VolumeMounts", Items(Gen.Select(Str, Str, Bool, Str, (volume, path, readOnly, subPath) => $"new VolumeMount({volume}, {path}, {readOnly}, {subPath})"))),
            Set("Security", Initializer([.. Each(Bool, "RunAsNonRoot", "ReadOnlyRootFilesystem", "AllowPrivilegeEscalation"), Set("RunAsUser", Long), Set("DropCapabilities", Items(Str))]).Select(v => "new ContainerSecurity()" + v))),
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
        Set("Namespace", Str),
        Set("Labels", Entries(Str)),
        Set("Annotations", Entries(Str)));

    private static readonly Gen<(string Type, string Initializer)> Deployment = Gen.Select(
        Str,
        ResourceCommon,
        Initializer(
            Set("Replicas", Int),
            Set("Container", Gen.Frequency<string>((8, Container), (1, Gen.OneOf("null", "default", "new(Const)", "Flag ? new(\"a\") : null")))),
            Set("Sidecars", Items(Container)),
            Set("InitContainers", Items(Container)),
            Set("Selector", Entries(Str)),
            Set("PodAnnotations", Entries(Str)),
            Set("Strategy", Gen.OneOf<string>(Gen.Select(CountOrPercent, CountOrPercent, (surge, unavailable) => $"new RollingUpdateStrategy({surge}, {unavailable})"), Gen.Const("new RecreateStrategy()"))),
            Set("RevisionHistoryLimit", Int),
            Set("MinReadySeconds", Int),
            Set("Volumes", Items(Volume)),
            Set("ServiceAccount", Str),
            Set("NodeSelector", Entries(Str)),
            Set("Tolerations", Items(Toleration)),
            Set("Security", Initializer([Set("RunAsNonRoot", Bool), .. Each(Long, "RunAsUser", "RunAsGroup", "FsGroup")]).Select(v => "new PodSecurity()" + v)),
            Set("ImagePullSecrets", Items(Str)),
            Set("TerminationGracePeriodSeconds", Int),
            Set("Customize", Gen.OneOf("d => d.Spec.Template.Spec.HostNetwork = true", "d => { }", "static d => d.Metadata.Name = null", "Customizer"))),
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
        [
            Set("Selector", Entries(Str)),
            Set("Ports", Items(ServicePort)),
            .. new[] { "ExternalTrafficPolicy", "InternalTrafficPolicy" }.Select(policy => Set(policy, Enum(policy, "Cluster", "Local"))),
            Set("SessionAffinity", Enum("SessionAffinity", "None", "ClientIP")),
            Set("Probe", Gen.OneOf<string>(Gen.Const("new TcpProbe()"), Str.Select(path => $"new HttpProbe({path})"))),
            Set("Customize", Gen.OneOf("s => s.Spec.ClusterIP = \"None\"", "s => s.Spec.Ports.Clear()")),
        ]),
        Initializer(
            Set("HealthCheckNodePort", Int),
            Set("AllocateLoadBalancerNodePorts", Bool),
            Set("LoadBalancerSourceRanges", Items(Gen.OneOf("10.0.0.0/8", "::/0", "not-a-cidr", "").Select(Literal)))),
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
            Set("Data", Entries(Str)),
            Set("Files", Entries(Gen.OneOf("config/app.json", "config/missing.json", "../outside.txt", "/abs/path", "C:\\win\\path", "", "config//app.json").Select(Literal)))),
        (name, common, own) => ("ConfigMap", $"new({name}){Merge(common, own)}"));

    private static readonly Gen<(string Type, string Initializer)> Secret = Gen.Select(
        Str,
        ResourceCommon,
        Initializer(
            Set("Type", Str),
            Set("Values", Entries(Gen.OneOf<string>(Str.Select(v => $"new FromEnvironment({v})"), Str.Select(v => $"new FromFile({v})"))))),
        (name, common, own) => ("Secret", $"new({name}){Merge(common, own)}"));

    private static readonly Gen<string> IngressPath = Gen.Select(Str, Str, Int, Str, Enum("PathType", "Prefix", "Exact", "ImplementationSpecific"), (path, service, port, portName, type) =>
        $"new IngressPath({path}, {service}, {port}, {portName}, {type})");

    private static readonly Gen<(string Type, string Initializer)> Ingress = Gen.Select(
        Str,
        ResourceCommon,
        Initializer(
            Set("ClassName", Str),
            Set("Rules", Items(Gen.Select(Str, Items(IngressPath), (host, paths) => $"new IngressRule({host}) {{ Paths = {paths} }}"))),
            Set("Tls", Items(Gen.Select(Str, Items(Str), (secret, hosts) => $"new IngressTls({secret}) {{ Hosts = {hosts} }}")))),
        (name, common, own) => ("Ingress", $"new({name}){Merge(common, own)}"));

    private static readonly Gen<(string Type, string Initializer)> Autoscaler = Gen.Select(
        Str,
        Initializer([Set("Deployment", Str), .. Each(Int, "MinReplicas", "MaxReplicas", "CpuUtilization", "MemoryUtilization")]),
        (name, own) => ("HorizontalPodAutoscaler", $"new({name}){own}"));

    private static readonly Gen<(string Type, string Initializer)> DisruptionBudget = Gen.Select(
        Str,
        Initializer([Set("Deployment", Str), .. Each(CountOrPercent, "MinAvailable", "MaxUnavailable")]),
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

    private static Gen<string> Set(string property, Gen<string> value) => value.Select(v => property + " = " + v);

    private static Gen<string>[] Each(Gen<string> value, params string[] properties) => properties.Select(property => Set(property, value)).ToArray();

    private static string Merge(string first, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : first[..^2] + ", " + second[3..];
}
