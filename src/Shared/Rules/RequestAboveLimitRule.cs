using System.Collections.Generic;
using InfraSdk.Declarations;
using InfraSdk.Kubernetes;

namespace InfraSdk.Rules;

/// <summary>IS0016: a container's cpu or memory request may not exceed its limit.</summary>
internal sealed class RequestAboveLimitRule : ITopologyRule
{
    public RuleDefinition Rule => RuleCatalog.RequestAboveLimit;

    public IEnumerable<RuleFinding> Check(DeclaredTopologies topologies)
    {
        foreach (var deployment in topologies.OfType("Deployment"))
        {
            foreach (var container in PodContainers.All(deployment.Declaration))
            {
                if (container.Object("Requests") is not { } requests || container.Object("Limits") is not { } limits)
                {
                    continue;
                }

                foreach (var resource in new[] { "Cpu", "Memory" })
                {
                    if (requests.String(resource) is { } request && limits.String(resource) is { } limit
                        && Quantity.TryParse(request, out var requested) && Quantity.TryParse(limit, out var limited) && requested > limited)
                    {
                        yield return new RuleFinding(
                            Rule,
                            deployment,
                            requests.SpanOf(resource),
                            [resource.ToLowerInvariant(), request, PodContainers.NameOf(container, deployment), deployment.Display, limit]);
                    }
                }
            }
        }
    }
}
