namespace InfraSdk.Rules;

/// <summary>
/// The rules that run on declarations in both hosts. Each is spelled as constants, which the analyzers' descriptors
/// use too (release tracking reads them), and as a <see cref="RuleDefinition"/> for <c>plan</c> and <c>deploy</c>.
/// IDs and default severities are part of the product: never renumber.
/// </summary>
internal static class RuleCatalog
{
    public const string NodePorts = "InfraSdk.NodePorts";
    public const string Declarations = "InfraSdk.Declarations";
    public const string Workloads = "InfraSdk.Workloads";
    public const string References = "InfraSdk.References";

    public const string PortNumberOutOfRangeId = "IS0003";
    public const string PortNumberOutOfRangeTitle = "Port number outside 1-65535";
    public const string PortNumberOutOfRangeMessage = "{0} {1} is outside 1-65535";

    public const string InvalidNameId = "IS0004";
    public const string InvalidNameTitle = "Invalid Kubernetes name";
    public const string InvalidNameMessage = "{0} \"{1}\" is invalid: {2}";

    public const string InvalidPortNameId = "IS0005";
    public const string InvalidPortNameTitle = "Unnamed, duplicate or invalid Service port name";
    public const string InvalidPortNameMessage = "{0}";

    public const string NodePortOnClusterIPId = "IS0006";
    public const string NodePortOnClusterIPTitle = "nodePort set on a ClusterIPService";
    public const string NodePortOnClusterIPMessage = "Service {0} is a ClusterIPService: nodePort {1} may not be used when type is 'ClusterIP'";

    public const string SelectorMatchesNothingId = "IS0007";
    public const string SelectorMatchesNothingTitle = "Selector matches no Deployment";
    public const string SelectorMatchesNothingMessage = "The selector {0} of Service {1} matches no Deployment declared in namespace {2}: the Service will have no endpoints";

    public const string TargetPortNotExposedId = "IS0008";
    public const string TargetPortNotExposedTitle = "targetPort not among the Deployment's container ports";
    public const string TargetPortNotExposedMessage = "targetPort {0} of Service {1} is not a container port of Deployment {2} (container ports: {3})";

    public const string NodePortAlreadyClaimedId = "IS0002";
    public const string NodePortAlreadyClaimedTitle = "nodePort already claimed by another Service";
    public const string NodePortAlreadyClaimedMessage = "{0} {1} is already claimed by Service {2} ({3}): a nodePort belongs to one Service cluster-wide";

    public const string PodLabelsMissSelectorId = "IS0022";
    public const string PodLabelsMissSelectorTitle = "Pod labels do not include the Deployment's selector";
    public const string PodLabelsMissSelectorMessage = "The selector {0} of Deployment {1} is not among its Pod labels ({2}): the API server rejects it (\"selector does not match template labels\")";

    public const string MalformedQuantityId = "IS0015";
    public const string MalformedQuantityTitle = "Malformed resource quantity";
    public const string MalformedQuantityMessage = "{0} \"{1}\" of {2} is not a Kubernetes quantity (such as 500m, 0.5, 256Mi or 1G): the API server rejects it";

    public const string RequestAboveLimitId = "IS0016";
    public const string RequestAboveLimitTitle = "Resource requests above limits";
    public const string RequestAboveLimitMessage = "The {0} request {1} of container {2} of Deployment {3} is above its limit {4}: the API server rejects it (\"must be less than or equal to {0} limit\")";

    public const string PortNameNotCarriedId = "IS0017";
    public const string PortNameNotCarriedTitle = "Probe port or targetPort name not carried by any container port";
    public const string PortNameNotCarriedMessage = "{0} {1} of {2} is not among the container ports of {3} (container ports: {4})";

    public const string EnvKeyMissingId = "IS0018";
    public const string EnvKeyMissingTitle = "Environment key missing from the declared ConfigMap or Secret";
    public const string EnvKeyMissingMessage = "{0} of container {1} of Deployment {2} reads key \"{3}\", which {4} {5} does not declare (keys: {6}): the Pod does not start (CreateContainerConfigError)";

    public const string UndeclaredVolumeId = "IS0019";
    public const string UndeclaredVolumeTitle = "Volume mount names an undeclared volume";
    public const string UndeclaredVolumeMessage = "The mount at {0} of container {1} names volume \"{2}\", which Deployment {3} does not declare (volumes: {4}): the API server rejects it (\"volumeMounts[].name: Not found\")";

    public const string IngressBackendMissingId = "IS0020";
    public const string IngressBackendMissingTitle = "Ingress backend names an undeclared Service or port";
    public const string IngressBackendMissingMessage = "Path {0} of Ingress {1} routes to {2}, but {3}: requests to it fail";

    public const string ScalingTargetMissingId = "IS0021";
    public const string ScalingTargetMissingTitle = "Autoscaler or disruption budget targets an undeclared Deployment";
    public const string ScalingTargetMissingMessage = "{0} {1} targets Deployment {2}, which is not declared in namespace {3}: it scales or protects nothing";

    public const string SecretLiteralId = "IS0023";
    public const string SecretLiteralTitle = "Secret value written as a string literal";
    public const string SecretLiteralMessage = "Environment variable {0} of container {1} of Deployment {2} looks secret but is a string literal: the value is compiled into the assembly; declare a Secret and read it with SecretKey";

    public static readonly RuleDefinition PortNumberOutOfRange = new(PortNumberOutOfRangeId, PortNumberOutOfRangeTitle, PortNumberOutOfRangeMessage, RuleSeverity.Error, Declarations);

    public static readonly RuleDefinition InvalidName = new(InvalidNameId, InvalidNameTitle, InvalidNameMessage, RuleSeverity.Error, Declarations);

    public static readonly RuleDefinition InvalidPortName = new(InvalidPortNameId, InvalidPortNameTitle, InvalidPortNameMessage, RuleSeverity.Error, Declarations);

    public static readonly RuleDefinition NodePortOnClusterIP = new(NodePortOnClusterIPId, NodePortOnClusterIPTitle, NodePortOnClusterIPMessage, RuleSeverity.Error, Declarations);

    public static readonly RuleDefinition SelectorMatchesNothing = new(SelectorMatchesNothingId, SelectorMatchesNothingTitle, SelectorMatchesNothingMessage, RuleSeverity.Warning, Declarations);

    public static readonly RuleDefinition TargetPortNotExposed = new(TargetPortNotExposedId, TargetPortNotExposedTitle, TargetPortNotExposedMessage, RuleSeverity.Warning, Declarations);

    public static readonly RuleDefinition NodePortAlreadyClaimed = new(NodePortAlreadyClaimedId, NodePortAlreadyClaimedTitle, NodePortAlreadyClaimedMessage, RuleSeverity.Error, NodePorts);

    public static readonly RuleDefinition PodLabelsMissSelector = new(PodLabelsMissSelectorId, PodLabelsMissSelectorTitle, PodLabelsMissSelectorMessage, RuleSeverity.Error, Workloads);

    public static readonly RuleDefinition MalformedQuantity = new(MalformedQuantityId, MalformedQuantityTitle, MalformedQuantityMessage, RuleSeverity.Error, Workloads);

    public static readonly RuleDefinition RequestAboveLimit = new(RequestAboveLimitId, RequestAboveLimitTitle, RequestAboveLimitMessage, RuleSeverity.Error, Workloads);

    public static readonly RuleDefinition PortNameNotCarried = new(PortNameNotCarriedId, PortNameNotCarriedTitle, PortNameNotCarriedMessage, RuleSeverity.Warning, References);

    public static readonly RuleDefinition EnvKeyMissing = new(EnvKeyMissingId, EnvKeyMissingTitle, EnvKeyMissingMessage, RuleSeverity.Warning, References);

    public static readonly RuleDefinition UndeclaredVolume = new(UndeclaredVolumeId, UndeclaredVolumeTitle, UndeclaredVolumeMessage, RuleSeverity.Error, References);

    public static readonly RuleDefinition IngressBackendMissing = new(IngressBackendMissingId, IngressBackendMissingTitle, IngressBackendMissingMessage, RuleSeverity.Warning, References);

    public static readonly RuleDefinition ScalingTargetMissing = new(ScalingTargetMissingId, ScalingTargetMissingTitle, ScalingTargetMissingMessage, RuleSeverity.Warning, References);

    public static readonly RuleDefinition SecretLiteral = new(SecretLiteralId, SecretLiteralTitle, SecretLiteralMessage, RuleSeverity.Warning, Workloads);

    /// <summary>Every rule <c>plan</c> and <c>deploy</c> run before the first request.</summary>
    public static readonly ITopologyRule[] All =
    [
        new PortNumberRule(),
        new ResourceNameRule(),
        new ServicePortNameRule(),
        new ClusterIPNodePortRule(),
        new SelectorMatchesNothingRule(),
        new TargetPortNotExposedRule(),
        new DuplicateNodePortRule(),
        new PodLabelsSelectorRule(),
        new MalformedQuantityRule(),
        new RequestAboveLimitRule(),
        new PortNameNotCarriedRule(),
        new EnvKeyMissingRule(),
        new UndeclaredVolumeRule(),
        new IngressBackendMissingRule(),
        new ScalingTargetMissingRule(),
        new SecretLiteralRule(),
    ];
}
