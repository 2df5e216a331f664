using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Manifests;

namespace InfraSdk.Rules;

/// <summary>
/// IS0008: a numeric targetPort that none of the Deployments a Service selects lists among its container ports.
/// A targetPort given by name is IS0017's.
/// </summary>
internal sealed class TargetPortNotExposedRule : ITopologyRule
{
    public RuleDefinition Rule => RuleCatalog.TargetPortNotExposed;

    public IEnumerable<RuleFinding> Check(DeclaredTopologies topologies)
    {
        foreach (var service in topologies.Resources.Where(resource => ResourceTypes.IsService(resource.Type)))
        {
            var matched = topologies.Pods.Select(service.Namespace, service.Declaration.StringEntries("Selector").ToList());
            var portsOf = matched.Select(deployment => PodContainers.Running(deployment.Declaration).SelectMany(c => c.Objects("Ports")).Select(p => p.Int("Port")).OfType<int>().ToList()).ToList();

            // A Deployment that lists no container ports does not say what it listens on.
            if (matched.Count == 0 || portsOf.Any(ports => ports.Count == 0))
            {
                continue;
            }

            foreach (var port in service.Declaration.Objects("Ports").Where(port => port["TargetPortName"] is null))
            {
                var targetPort = port.Int("TargetPort") ?? port.Int("Port");
                if (targetPort is { } number && !portsOf.Any(ports => ports.Contains(number)))
                {
                    var span = port["TargetPort"]?.Span ?? port["Port"]?.Span ?? port.Span;
                    yield return new RuleFinding(
                        Rule,
                        service,
                        span,
                        [
                            number.ToString(CultureInfo.InvariantCulture),
                            service.Display,
                            string.Join(", ", matched.Select(deployment => deployment.Display)),
                            string.Join(", ", portsOf.SelectMany(ports => ports).Distinct()),
                        ]);
                }
            }
        }
    }
}
