using System.Collections.Generic;
using InfraSdk.Declarations;
using InfraSdk.Kubernetes;

namespace InfraSdk.Rules;

/// <summary>IS0015: container requests and limits and emptyDir size limits must be Kubernetes quantities.</summary>
internal sealed class MalformedQuantityRule : ITopologyRule
{
    public RuleDefinition Rule => RuleCatalog.MalformedQuantity;

    public IEnumerable<RuleFinding> Check(DeclaredTopologies topologies)
    {
        foreach (var deployment in topologies.OfType("Deployment"))
        {
            foreach (var container in PodContainers.All(deployment.Declaration))
            {
                var owner = "container " + PodContainers.NameOf(container, deployment) + " of Deployment " + deployment.Display;
                foreach (var compute in new[] { "Requests", "Limits" })
                {
                    if (container.Object(compute) is { } values)
                    {
                        foreach (var resource in new[] { "Cpu", "Memory" })
                        {
                            if (Malformed(values, resource, deployment, compute + "." + resource, owner) is { } finding)
                            {
                                yield return finding;
                            }
                        }
                    }
                }
            }

            foreach (var volume in deployment.Declaration.Objects("Volumes"))
            {
                if (volume.Type == "EmptyDirVolume" && Malformed(volume, "SizeLimit", deployment, "SizeLimit", "volume " + volume.String("Name") + " of Deployment " + deployment.Display) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }

    private RuleFinding? Malformed(DeclObject obj, string member, DeclaredResource deployment, string what, string owner) =>
        obj.String(member) is { } text && !Quantity.IsValid(text)
            ? new RuleFinding(Rule, deployment, obj.SpanOf(member), [what, text, owner])
            : null;
}
