using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Manifests;

namespace InfraSdk.Rules;

/// <summary>IS0003: a Service port, targetPort or container port outside 1-65535.</summary>
internal sealed class PortNumberRule : ITopologyRule
{
    private const int MinPort = 1;
    private const int MaxPort = 65535;

    public RuleDefinition Rule => RuleCatalog.PortNumberOutOfRange;

    public IEnumerable<RuleFinding> Check(DeclaredTopologies topologies)
    {
        foreach (var resource in topologies.EveryValueRead)
        {
            var ports = resource.Type == "Deployment"
                ? PodContainers.Running(resource.Declaration).SelectMany(container => container.Objects("Ports")).Select(port => ("containerPort", port["Port"]))
                : ResourceTypes.IsService(resource.Type)
                    ? resource.Declaration.Objects("Ports").SelectMany(port => new[] { ("port", port["Port"]), ("targetPort", port["TargetPort"]) })
                    : [];
            foreach (var (field, value) in ports)
            {
                if (value is DeclScalar { Number: { } number } && number is < MinPort or > MaxPort)
                {
                    yield return new RuleFinding(Rule, resource, value.Span, [field, number.ToString(CultureInfo.InvariantCulture)]);
                }
            }
        }
    }
}
