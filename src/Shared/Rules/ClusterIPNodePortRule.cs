using System.Collections.Generic;
using System.Globalization;
using InfraSdk.Declarations;

namespace InfraSdk.Rules;

/// <summary>IS0006: a nodePort on a ClusterIPService, which the API server forbids.</summary>
internal sealed class ClusterIPNodePortRule : ITopologyRule
{
    public RuleDefinition Rule => RuleCatalog.NodePortOnClusterIP;

    public IEnumerable<RuleFinding> Check(DeclaredTopologies topologies)
    {
        foreach (var service in topologies.OfEveryValueRead("ClusterIPService"))
        {
            foreach (var port in service.Declaration.Objects("Ports"))
            {
                if (port["NodePort"] is DeclScalar { Number: { } nodePort } value)
                {
                    yield return new RuleFinding(Rule, service, value.Span, [service.Display, nodePort.ToString(CultureInfo.InvariantCulture)]);
                }
            }
        }
    }
}
