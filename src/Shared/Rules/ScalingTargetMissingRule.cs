using System.Collections.Generic;
using InfraSdk.Declarations;

namespace InfraSdk.Rules;

/// <summary>IS0021: a HorizontalPodAutoscaler or PodDisruptionBudget aimed at a Deployment not declared in its namespace.</summary>
internal sealed class ScalingTargetMissingRule : ITopologyRule
{
    public RuleDefinition Rule => RuleCatalog.ScalingTargetMissing;

    public IEnumerable<RuleFinding> Check(DeclaredTopologies topologies)
    {
        foreach (var resource in topologies.OfType("HorizontalPodAutoscaler", "PodDisruptionBudget"))
        {
            if (resource.Declaration.String("Deployment") is { } name
                && !topologies.IsUnknown("Deployment", resource.Namespace, name)
                && topologies.Find("Deployment", resource.Namespace, name) is null)
            {
                yield return new RuleFinding(Rule, resource, resource.Declaration.SpanOf("Deployment"), [resource.Type, resource.Display, name, resource.Namespace]);
            }
        }
    }
}
