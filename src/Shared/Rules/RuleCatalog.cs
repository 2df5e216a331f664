namespace InfraSdk.Rules;

/// <summary>
/// The rules that run on declarations in both hosts. Each is spelled as constants, which the analyzers' descriptors
/// use too (release tracking reads them), and as a <see cref="RuleDefinition"/> for <c>plan</c> and <c>deploy</c>.
/// IDs and default severities are part of the product: never renumber.
/// </summary>
internal static class RuleCatalog
{
    public const string NodePorts = "InfraSdk.NodePorts";
    public const string Workloads = "InfraSdk.Workloads";
    public const string References = "InfraSdk.References";

    public const string NodePortAlreadyClaimedId = "IS0002";
    public const string NodePortAlreadyClaimedTitle = "nodePort already claimed by another Service";
    public const string NodePortAlreadyClaimedMessage = "{0} {1} is already claimed by Service {2} ({3}): a nodePort belongs to one Service cluster-wide";

    public const string PodLabelsMissSelectorId = "IS0022";
    public const string PodLabelsMissSelectorTitle = "Pod labels do not include the Deployment's selector";
    public const string PodLabelsMissSelectorMessage = "The selector {0} of Deployment {1} is not among its Pod labels ({2}): the API server rejects it (\"selector does not match template labels\")";

    public static readonly RuleDefinition NodePortAlreadyClaimed = new(NodePortAlreadyClaimedId, NodePortAlreadyClaimedTitle, NodePortAlreadyClaimedMessage, RuleSeverity.Error, NodePorts);

    public static readonly RuleDefinition PodLabelsMissSelector = new(PodLabelsMissSelectorId, PodLabelsMissSelectorTitle, PodLabelsMissSelectorMessage, RuleSeverity.Error, Workloads);

    /// <summary>Every rule <c>plan</c> and <c>deploy</c> run before the first request.</summary>
    public static readonly ITopologyRule[] All =
    [
        new DuplicateNodePortRule(),
        new PodLabelsSelectorRule(),
    ];
}
