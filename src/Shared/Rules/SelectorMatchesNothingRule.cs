using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Manifests;

namespace InfraSdk.Rules;

/// <summary>IS0007: a Service selector that matches no Deployment declared in its namespace.</summary>
internal sealed class SelectorMatchesNothingRule : ITopologyRule
{
    public RuleDefinition Rule => RuleCatalog.SelectorMatchesNothing;

    public IEnumerable<RuleFinding> Check(DeclaredTopologies topologies)
    {
        // A Service without a selector is valid (its endpoints are managed by hand).
        foreach (var service in topologies.Resources.Where(resource => ResourceTypes.IsService(resource.Type)))
        {
            var selector = service.Declaration.StringEntries("Selector").ToList();
            if (selector.Count > 0 && topologies.Pods.Select(service.Namespace, selector).Count == 0 && !topologies.HasUnknown("Deployment", service.Namespace))
            {
                var span = service.Declaration.Entries("Selector").First().KeySpan;
                yield return new RuleFinding(Rule, service, span, [string.Join(",", selector.Select(label => label.Key + "=" + label.Value)), service.Display, service.Namespace]);
            }
        }
    }
}
