using System.Linq;
using InfraSdk.Rules;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Analyzers;

/// <summary>Every diagnostic InfraSdk reports. IDs and default severities are part of the product: never renumber.</summary>
internal static class DiagnosticDescriptors
{
    private const string NodePorts = "InfraSdk.NodePorts";
    private const string Declarations = "InfraSdk.Declarations";
    private const string Configuration = "InfraSdk.Configuration";

    public static readonly DiagnosticDescriptor NodePortOutOfRange = Create(
        "IS0001",
        "nodePort outside the node-port range",
        "{0} {1} is outside the node-port range {2}: the API server rejects it (\"provided port is not in the valid range\")",
        NodePorts,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NodePortAlreadyClaimed = Create(
        RuleCatalog.NodePortAlreadyClaimedId,
        RuleCatalog.NodePortAlreadyClaimedTitle,
        RuleCatalog.NodePortAlreadyClaimedMessage,
        NodePorts,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor PortNumberOutOfRange = Create(
        RuleCatalog.PortNumberOutOfRangeId,
        RuleCatalog.PortNumberOutOfRangeTitle,
        RuleCatalog.PortNumberOutOfRangeMessage,
        Declarations,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidName = Create(
        RuleCatalog.InvalidNameId,
        RuleCatalog.InvalidNameTitle,
        RuleCatalog.InvalidNameMessage,
        Declarations,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidPortName = Create(
        RuleCatalog.InvalidPortNameId,
        RuleCatalog.InvalidPortNameTitle,
        RuleCatalog.InvalidPortNameMessage,
        Declarations,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NodePortOnClusterIP = Create(
        RuleCatalog.NodePortOnClusterIPId,
        RuleCatalog.NodePortOnClusterIPTitle,
        RuleCatalog.NodePortOnClusterIPMessage,
        Declarations,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SelectorMatchesNothing = Create(
        RuleCatalog.SelectorMatchesNothingId,
        RuleCatalog.SelectorMatchesNothingTitle,
        RuleCatalog.SelectorMatchesNothingMessage,
        Declarations,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TargetPortNotExposed = Create(
        RuleCatalog.TargetPortNotExposedId,
        RuleCatalog.TargetPortNotExposedTitle,
        RuleCatalog.TargetPortNotExposedMessage,
        Declarations,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NodePortNotPinned = Create(
        "IS0009",
        "nodePort not pinned",
        "Port {0} of Service {1} has no nodePort: the cluster picks a random one in {2} and firewall rules cannot be planned",
        NodePorts,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor NodePortOutsideStaticBand = Create(
        "IS0010",
        "Pinned nodePort outside the static band",
        "{0} {1} is outside the static band {2} of the range {3}: the cluster hands out ports above the band automatically, so this one can already be taken",
        NodePorts,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor PortSqueeze = Create(
        "IS0011",
        "Port squeeze: most of the node-port range is pinned",
        "Pinned nodePorts use {0} of {1} node ports, {2}% of the range {3}, above the {4}% threshold: little is left for the cluster to hand out",
        NodePorts,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotCompileTimeConstant = Create(
        "IS0012",
        "Value is not a compile-time constant",
        "{0} of {1} is not a compile-time constant: InfraSdk checks it at deploy time instead, and its manifest is built at run time",
        Declarations,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor TopologyShape = Create(
        "IS0013",
        "Topology class or member has the wrong shape",
        "{0}",
        Declarations,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidSetting = Create(
        "IS0014",
        "Invalid InfraSdk setting",
        "{0} \"{1}\" is invalid: {2}; using {3}",
        Configuration,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MalformedQuantity = Create(
        RuleCatalog.MalformedQuantityId,
        RuleCatalog.MalformedQuantityTitle,
        RuleCatalog.MalformedQuantityMessage,
        RuleCatalog.Workloads,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RequestAboveLimit = Create(
        RuleCatalog.RequestAboveLimitId,
        RuleCatalog.RequestAboveLimitTitle,
        RuleCatalog.RequestAboveLimitMessage,
        RuleCatalog.Workloads,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor PortNameNotCarried = Create(
        RuleCatalog.PortNameNotCarriedId,
        RuleCatalog.PortNameNotCarriedTitle,
        RuleCatalog.PortNameNotCarriedMessage,
        RuleCatalog.References,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor EnvKeyMissing = Create(
        RuleCatalog.EnvKeyMissingId,
        RuleCatalog.EnvKeyMissingTitle,
        RuleCatalog.EnvKeyMissingMessage,
        RuleCatalog.References,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UndeclaredVolume = Create(
        RuleCatalog.UndeclaredVolumeId,
        RuleCatalog.UndeclaredVolumeTitle,
        RuleCatalog.UndeclaredVolumeMessage,
        RuleCatalog.References,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor IngressBackendMissing = Create(
        RuleCatalog.IngressBackendMissingId,
        RuleCatalog.IngressBackendMissingTitle,
        RuleCatalog.IngressBackendMissingMessage,
        RuleCatalog.References,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ScalingTargetMissing = Create(
        RuleCatalog.ScalingTargetMissingId,
        RuleCatalog.ScalingTargetMissingTitle,
        RuleCatalog.ScalingTargetMissingMessage,
        RuleCatalog.References,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor PodLabelsMissSelector = Create(
        RuleCatalog.PodLabelsMissSelectorId,
        RuleCatalog.PodLabelsMissSelectorTitle,
        RuleCatalog.PodLabelsMissSelectorMessage,
        RuleCatalog.Workloads,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SecretLiteral = Create(
        RuleCatalog.SecretLiteralId,
        RuleCatalog.SecretLiteralTitle,
        RuleCatalog.SecretLiteralMessage,
        RuleCatalog.Workloads,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ConfigFileNotInBuild = Create(
        "IS0024",
        "ConfigMap file is not part of the build",
        "File \"{0}\" of ConfigMap {1} is not an AdditionalFiles item of the project: it is read when the program runs, from the current directory, instead of being compiled in; add <AdditionalFiles Include=\"{0}\" />",
        Declarations,
        DiagnosticSeverity.Warning);

    /// <summary>The descriptor of a rule of <see cref="RuleCatalog"/>.</summary>
    public static DiagnosticDescriptor Of(RuleDefinition rule) =>
        typeof(DiagnosticDescriptors).GetFields().Select(field => field.GetValue(null)).OfType<DiagnosticDescriptor>().Single(descriptor => descriptor.Id == rule.Id);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLink(id));

    public static string HelpLink(string id) => "https://github.com/infrasdk/infrasdk/blob/main/docs/rules/" + id + ".md";
}
