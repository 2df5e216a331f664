using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Manifests;

namespace InfraSdk.Rules;

/// <summary>IS0022: a Deployment's declared selector must be among its Pod labels, or the API server refuses it.</summary>
internal sealed class PodLabelsSelectorRule : ITopologyRule
{
    public RuleDefinition Rule => RuleCatalog.PodLabelsMissSelector;

    public IEnumerable<RuleFinding> Check(DeclaredTopologies topologies)
    {
        foreach (var deployment in topologies.OfType("Deployment"))
        {
            var podLabels = DeploymentManifest.PodLabels(deployment.Declaration).GroupBy(label => label.Key).ToDictionary(group => group.Key, group => group.Last().Value);
            var missing = deployment.Declaration.StringEntries("Selector").Where(label => !podLabels.TryGetValue(label.Key, out var value) || value != label.Value).ToList();
            if (missing.Count > 0)
            {
                yield return new RuleFinding(
                    Rule,
                    deployment,
                    deployment.Declaration.SpanOf("Selector"),
                    [Labels(missing), deployment.Display, Labels(podLabels)]);
            }
        }
    }

    private static string Labels(IEnumerable<KeyValuePair<string, string>> labels) => string.Join(",", labels.Select(label => label.Key + "=" + label.Value));
}
