using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;

namespace InfraSdk.Rules;

/// <summary>IS0020: an Ingress path whose backend Service is not declared in its namespace, or lacks the port.</summary>
internal sealed class IngressBackendMissingRule : ITopologyRule
{
    public RuleDefinition Rule => RuleCatalog.IngressBackendMissing;

    public IEnumerable<RuleFinding> Check(DeclaredTopologies topologies)
    {
        foreach (var ingress in topologies.OfType("Ingress"))
        {
            foreach (var path in ingress.Declaration.Objects("Rules").SelectMany(rule => rule.Objects("Paths")))
            {
                if (path.String("Service") is not { } name || topologies.IsUnknown("Service", ingress.Namespace, name))
                {
                    continue;
                }

                var serviceDisplay = "Service " + ingress.Namespace + "/" + name;
                var portName = path.String("PortName");
                var portNumber = path.Int("Port");
                var backend = serviceDisplay + (portName is not null ? " port " + portName : portNumber is { } n ? " port " + n : string.Empty);
                var route = path.String("Path") ?? "/";
                if (topologies.Find("Service", ingress.Namespace, name) is not { } service)
                {
                    yield return new RuleFinding(Rule, ingress, path.SpanOf("Service"), [route, ingress.Display, backend, "no " + serviceDisplay + " is declared"]);
                    continue;
                }

                var ports = service.Declaration.Objects("Ports").ToList();
                var carried = portName is not null ? ports.Any(port => port.String("Name") == portName)
                    : portNumber is not { } number || ports.Any(port => port.Int("Port") == number);
                if (!carried)
                {
                    yield return new RuleFinding(Rule, ingress, path.SpanOf(portName is not null ? "PortName" : "Port"), [route, ingress.Display, backend, serviceDisplay + " has no such port (ports: " + PortList.Describe(ports) + ")"]);
                }
            }
        }
    }
}
