namespace InfraSdk.Generators.Tests.Equality;

/// <summary>The declarations the equality tests compile: every model type and every way of writing a value.</summary>
internal static class EqualityTopologies
{
    public const string Constant = "Equality.Declarations";
    public const string DefaultNamespace = "Equality.InDefault";
    public const string NonConstant = "Equality.ReadAtRunTime";

    public const string Source = """
        using System.Collections.Generic;
        using InfraSdk;

        namespace Equality;

        internal static class Values
        {
            public const string Prefix = "web";
            public const int Base = 30000;
            public const Protocol Udp = Protocol.Udp;
            public const ExternalTrafficPolicy Local = ExternalTrafficPolicy.Local;
            public const string Team = "team-" + Prefix;
        }

        [Topology(Namespace = "equality")]
        public static partial class Declarations
        {
            // Deployments
            public static readonly Deployment Bare = new("bare");
            public static readonly Deployment Imaged = new("imaged") { Container = new("nginx:1.27"), Replicas = 3 };
            public static readonly Deployment Labelled = new("labelled") { Labels = { ["app"] = "web", ["tier"] = "front" } };
            public static readonly Deployment LabelledByAdd = new("labelled-by-add") { Labels = { { "tier", "web" }, { "app", "x" } } };
            public static readonly Deployment TwoContainerPorts = new("two-ports") { Container = new("nginx") { Ports = { new(80), new(443, "https") } } };
            public static readonly Deployment ContainerPortsExpression = new("ports-expression") { Container = new("app") { Ports = [new(8080), new(9090, Protocol: Protocol.Udp)] } };
            public static readonly Deployment Annotated = new("annotated") { Annotations = { ["owner"] = "team-a", ["cost-center"] = "42" } };
            public static readonly Deployment ZeroReplicas = new("zero") { Replicas = 0 };
            public static readonly Deployment OtherNamespace = new("elsewhere") { Namespace = "other", Container = new("busybox") };
            public static readonly Deployment ConstName = new(Values.Prefix + "-app") { Container = new(Values.Prefix + ":1") };
            public static readonly Deployment InterpolatedName = new($"{Values.Prefix}-api") { Labels = { [$"{Values.Prefix}/role"] = $"{Values.Team}" } };
            public static readonly Deployment NameOf = new("nameof") { Labels = { ["member"] = nameof(NameOf) } };
            public static readonly Deployment QuotedLabels = new("quoted") { Labels = { ["a"] = "yes", ["b"] = "1.0", ["c"] = "on", ["d"] = "012" } };
            public static readonly Deployment MoreQuotedLabels = new("more-quoted") { Labels = { ["e"] = "null", ["f"] = "~", ["g"] = "", ["h"] = "True" } };
            public static readonly Deployment IndicatorLabels = new("indicators") { Labels = { ["s"] = "*star", ["t"] = "-x", ["u"] = "#x", ["v"] = "a:b", ["w"] = "a: b" } };
            public static readonly Deployment Digest = new("digest") { Container = new("nginx@sha256:0123abcd") };
            public static readonly Deployment LabelsAssigned = new("labels-assigned") { Labels = new() { ["a"] = "b" } };
            public static readonly Deployment LabelsNewDictionary = new("labels-new") { Labels = new Dictionary<string, string> { ["z"] = "1", ["a"] = "2" } };
            public static readonly Deployment NullImage = new("null-container") { Container = null };
            public static readonly Deployment ArithmeticReplicas = new("arithmetic") { Replicas = Values.Base / 10000 + 1 };
            public static readonly Deployment PrefixedLabelKeys = new("prefixed") { Labels = { ["example.com/team"] = "a b", ["app.kubernetes.io/name"] = "x" } };
            public static readonly Deployment OwnLabelOverridden = new("own-label") { Labels = { ["infrasdk.io/topology"] = "mine" } };
            public static readonly Deployment Production = new("production")
            {
                Replicas = 2,
                Labels = { ["app"] = "shop" },
                Selector = { ["app"] = "shop" },
                PodAnnotations = { ["prometheus.io/scrape"] = "true" },
                Container = new("shop:2")
                {
                    Name = "main",
                    PullPolicy = PullPolicy.IfNotPresent,
                    Command = { "/app/shop" },
                    Args = ["--port", "8080"],
                    WorkingDirectory = "/app",
                    Ports = { new(8080, "http"), new(9090, "metrics") },
                    Env = { ["MODE"] = "production", ["EMPTY"] = "" },
                    EnvFrom =
                    {
                        ["HOST"] = new ConfigMapKey("shop-config", "host"),
                        ["PASSWORD"] = new SecretKey("shop-db", "password"),
                        ["POD_IP"] = new PodFieldRef(PodField.PodIP),
                        ["NODE"] = new PodFieldRef(PodField.NodeName),
                    },
                    EnvImports = { new ConfigMapEnv("shop-config", Prefix: "CFG_"), new SecretEnv("shop-db") },
                    Requests = new(Cpu: "250m", Memory: "256Mi"),
                    Limits = new Compute(Memory: "1Gi"),
                    LivenessProbe = new HttpGetCheck("/live", 8080) { InitialDelaySeconds = 5, FailureThreshold = 3 },
                    ReadinessProbe = new HttpGetCheck("/ready", PortName: "http") { PeriodSeconds = 2, TimeoutSeconds = 1, SuccessThreshold = 1 },
                    StartupProbe = new ExecCheck(["cat", "/tmp/started"]),
                    VolumeMounts = { new("config", "/etc/shop", ReadOnly: true), new("scratch", "/tmp", SubPath: "tmp") },
                    Security = new() { RunAsNonRoot = true, RunAsUser = 1000, ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, DropCapabilities = { "ALL" } },
                },
                Sidecars = { new Container("envoy:1.30") { Name = "proxy", LivenessProbe = new TcpSocketCheck(PortName: "admin"), Ports = { new(9901, "admin") } } },
                InitContainers = { new Container("busybox") { Name = "migrate", Command = { "sh", "-c", "echo migrate" } } },
                Strategy = new RollingUpdateStrategy(MaxSurge: "25%", MaxUnavailable: "0"),
                RevisionHistoryLimit = 5,
                MinReadySeconds = 3,
                Volumes =
                {
                    new ConfigMapVolume("config", "shop-config"),
                    new SecretVolume("certs", "shop-tls"),
                    new EmptyDirVolume("scratch", SizeLimit: "1Gi", InMemory: true),
                    new PersistentVolumeClaimVolume("data", "shop-data", ReadOnly: false),
                },
                ServiceAccount = "shop",
                NodeSelector = { ["kubernetes.io/os"] = "linux" },
                Tolerations = { new Toleration("dedicated", "shop", TaintEffect.NoSchedule, TolerationOperator.Equal), new Toleration("spot", Operator: TolerationOperator.Exists, TolerationSeconds: 30) },
                Security = new() { RunAsNonRoot = true, RunAsUser = 1000, RunAsGroup = 3000, FsGroup = 2000 },
                ImagePullSecrets = { "registry" },
                TerminationGracePeriodSeconds = 45,
            };
            public static readonly Deployment Recreated = new("recreated") { Strategy = new RecreateStrategy(), Container = new("grpc:1") { ReadinessProbe = new GrpcCheck(50051, "health") } };
            public static readonly Deployment MultiLineAnnotation = new("multi-line") { Annotations = { ["note"] = "line one\nline two", ["kept"] = "a\n", ["json"] = "{\"a\": 1}" } };

            // ClusterIP Services
            public static readonly ClusterIPService Internal = new("internal");
            public static readonly ClusterIPService OnePort = new("one-port") { Ports = { new ServicePort(80) } };
            public static readonly ClusterIPService PositionalTarget = new("positional") { Selector = { ["app"] = "web" }, Ports = { new ServicePort(80, 8080) } };
            public static readonly ClusterIPService NamedPort = new("named") { Ports = { new ServicePort(Port: 80, TargetPort: 8080, Name: "http") } };
            public static readonly ClusterIPService Dns = new("dns") { Ports = { new ServicePort(53, Protocol: Protocol.Udp, Name: "dns"), new ServicePort(53, Name: "dns-tcp") } };
            public static readonly ClusterIPService Sctp = new("sctp") { Ports = { new ServicePort(9999, Protocol: Protocol.Sctp) } };
            public static readonly ClusterIPService UnsortedSelector = new("selector") { Selector = { ["zeta"] = "1", ["alpha"] = "2", ["Mid"] = "3" } };
            public static readonly ClusterIPService QuotedAnnotations = new("quoted-annotations") { Annotations = { ["enabled"] = "true", ["count"] = "-1", ["empty"] = "" } };
            public static readonly ClusterIPService SelectorByAdd = new("selector-add") { Selector = { { "app", "web" } }, Ports = [new ServicePort(8080)] };
            public static ClusterIPService Arrow => new("arrow");
            public static ClusterIPService Property { get; } = new("property") { Ports = { new ServicePort(1) } };

            // NodePort Services
            public static readonly NodePortService Seed = new("my-nodeport-service")
            {
                Selector = { ["app"] = "my-web-app" },
                Ports = { new ServicePort(Port: 80, TargetPort: 8080, NodePort: 30007) },
            };
            public static readonly NodePortService Unpinned = new("unpinned") { Ports = { new ServicePort(80) } };
            public static readonly NodePortService DnsBoth = new("dns-both")
            {
                Ports = { new ServicePort(53, NodePort: 30053, Protocol: Protocol.Udp, Name: "udp"), new ServicePort(53, NodePort: 30053, Name: "tcp") },
            };
            public static readonly NodePortService ArithmeticNodePort = new("arithmetic-np") { Ports = { new ServicePort(80, NodePort: Values.Base + 8) } };
            public static readonly NodePortService Local = new("local") { ExternalTrafficPolicy = ExternalTrafficPolicy.Local, Ports = { new ServicePort(80, NodePort: 30009) } };
            public static readonly NodePortService Cluster = new("cluster") { ExternalTrafficPolicy = ExternalTrafficPolicy.Cluster };
            public static readonly NodePortService ConstPolicy = new("const-policy") { ExternalTrafficPolicy = Values.Local };
            public static readonly NodePortService HttpProbed = new("http-probed") { Probe = new HttpProbe("/healthz"), Ports = { new ServicePort(80, NodePort: 30010) } };
            public static readonly NodePortService DefaultHttpProbe = new("default-http") { Probe = new HttpProbe() };
            public static readonly NodePortService TcpProbed = new("tcp-probed") { Probe = new TcpProbe() };
            public static readonly NodePortService UdpProbed = new("udp-probed") { Probe = new UdpProbe("ping\n", Expect: "ping"), Ports = { new ServicePort(514, NodePort: 30012, Protocol: Protocol.Udp) } };
            public static readonly NodePortService ProbeOverridesAnnotation = new("probe-override") { Annotations = { ["infrasdk.io/probe"] = "mine", ["other"] = "x" }, Probe = new TcpProbe() };
            public static readonly NodePortService ConstProtocol = new("const-protocol") { Ports = { new ServicePort(514, NodePort: 30514, Protocol: Values.Udp) } };
            public static readonly NodePortService CastProtocol = new("cast-protocol") { Ports = { new ServicePort(514, Protocol: (Protocol)2) } };
            public static readonly NodePortService PortInitializer = new("port-initializer") { Ports = { new ServicePort(80) { NodePort = 30100, Name = "web" } } };
            public static readonly NodePortService PortsExpression = new("ports-expression") { Ports = [new ServicePort(80, NodePort: 30101, Name: "a"), new ServicePort(81, Name: "b")] };
            public static readonly NodePortService PortsNewList = new("ports-list") { Ports = new List<ServicePort> { new(82, NodePort: 30102) } };
            public static readonly NodePortService NamedOutOfOrder = new("out-of-order") { Ports = { new ServicePort(NodePort: 30200, Port: 8080, Name: "on") } };
            public static readonly NodePortService OwnNamespace = new("own-namespace") { Namespace = "other", Ports = { new ServicePort(80, NodePort: 30201) } };
            public static readonly NodePortService InterpolatedService = new($"{Values.Prefix}-public") { Selector = { ["app"] = $"{Values.Prefix}" } };

            public static readonly NodePortService Affinity = new("affinity")
            {
                SessionAffinity = SessionAffinity.ClientIP,
                InternalTrafficPolicy = InternalTrafficPolicy.Local,
                Ports = { new ServicePort(80, TargetPortName: "http", NodePort: 30011, Name: "http") },
            };

            // LoadBalancer Services
            public static readonly LoadBalancerService Balancer = new("balancer");
            public static readonly LoadBalancerService HealthChecked = new("health-checked")
            {
                ExternalTrafficPolicy = ExternalTrafficPolicy.Local,
                HealthCheckNodePort = 30300,
                Ports = { new ServicePort(443, 8443, 30301, Name: "https") },
            };
            public static readonly LoadBalancerService NoAutomaticNodePorts = new("no-auto") { AllocateLoadBalancerNodePorts = false, Ports = { new ServicePort(80, NodePort: 30302) } };
            public static readonly LoadBalancerService AutomaticNodePorts = new("auto") { AllocateLoadBalancerNodePorts = true, HealthCheckNodePort = null };
            public static readonly LoadBalancerService NullableCasts = new("casts") { HealthCheckNodePort = (int?)30303, AllocateLoadBalancerNodePorts = (bool?)true, Ports = { new ServicePort(80, (int?)8080, (int?)30304) } };
            public static readonly LoadBalancerService CloudAnnotations = new("cloud")
            {
                Annotations = { ["service.beta.kubernetes.io/aws-load-balancer-type"] = "nlb", ["note"] = "ünïcødé ✓ 🚀" },
                Ports = { new ServicePort(80, Name: "http"), new ServicePort(443, Name: "https"), new ServicePort(9000, Protocol: Protocol.Udp, Name: "metrics") },
            };
            public static readonly LoadBalancerService SourceRanges = new("source-ranges") { LoadBalancerSourceRanges = { "10.0.0.0/8", "192.168.1.0/24" } };

            // Configuration
            public static readonly ConfigMap Config = new("shop-config") { Data = { ["host"] = "db.shop", ["yes"] = "no", ["script.sh"] = "#!/bin/sh\necho hi\n" } };
            public static readonly ConfigMap EmptyConfig = new("empty-config");
            public static readonly Secret DatabaseSecret = new("shop-db") { Values = { ["password"] = new FromEnvironment("SHOP_DB_PASSWORD"), ["ca.crt"] = new FromFile("certs/ca.crt") } };
            public static readonly Secret TlsSecret = new("shop-tls") { Type = "kubernetes.io/tls", Values = { ["tls.key"] = new FromFile("certs/tls.key") } };

            // Routing and scaling
            public static readonly Ingress Routes = new("routes")
            {
                ClassName = "nginx",
                Rules =
                {
                    new IngressRule("shop.example.com") { Paths = { new("/", "internal", Port: 80), new("/api", "named", PortName: "http", PathType: PathType.Exact) } },
                    new IngressRule { Paths = { new("/", "internal", 80, PathType: PathType.ImplementationSpecific) } },
                },
                Tls = { new IngressTls("shop-tls") { Hosts = { "shop.example.com" } } },
            };
            public static readonly HorizontalPodAutoscaler Scaler = new("production") { Deployment = "production", MinReplicas = 2, MaxReplicas = 10, CpuUtilization = 70, MemoryUtilization = 80 };
            public static readonly HorizontalPodAutoscaler MinimalScaler = new("minimal") { Deployment = "bare" };
            public static readonly PodDisruptionBudget Budget = new("production") { Deployment = "production", MinAvailable = "50%" };
            public static readonly PodDisruptionBudget CountBudget = new("count") { Deployment = "bare", MaxUnavailable = "1" };
        }

        [Topology]
        public static partial class InDefault
        {
            public static readonly Deployment App = new("app") { Container = new("app:1") };
            public static readonly NodePortService AppPublic = new("app-public") { Selector = { ["app"] = "app" }, Ports = { new ServicePort(80, NodePort: 30400) } };
        }

        [Topology(Namespace = "runtime")]
        public static partial class ReadAtRunTime
        {
            private static readonly string Suffix = "late";
            private static readonly int HttpPort = 8080;

            public static readonly Deployment FieldName = new("deploy-" + Suffix) { Container = new("nginx") };
            public static readonly Deployment ParsedReplicas = new("parsed") { Replicas = int.Parse("4") };
            public static readonly NodePortService FieldPort = new("field-port") { Ports = { new ServicePort(80, HttpPort, 30500) } };
            public static readonly ClusterIPService MethodLabel = new("method-label") { Labels = { ["k"] = Label() } };
            public static readonly NodePortService MethodProbe = new("method-probe") { Probe = MakeProbe() };
            public static readonly ClusterIPService CarriageReturn = new("carriage-return") { Annotations = { ["note"] = "a\r\nb" } }; // compiled in too: the writer escapes it
            public static readonly Deployment Built = Make();

            private static string Label() => "computed";
            private static Probe MakeProbe() => new HttpProbe("/ready");
            private static Deployment Make() => new("made") { Replicas = 2 };
        }
        """;
}
