using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Manifests;

namespace InfraSdk.Rules;

/// <summary>
/// IS0017: an httpGet or tcpSocket probe's port, or a Service's targetPort name, that no container port carries:
/// the probe fails and the Pod restarts or never gets ready; the Service gets no endpoints for that port.
/// </summary>
internal sealed class PortNameNotCarriedRule : ITopologyRule
{
    private static readonly string[] Probes = ["LivenessProbe", "ReadinessProbe", "StartupProbe"];

    public RuleDefinition Rule => RuleCatalog.PortNameNotCarried;

    public IEnumerable<RuleFinding> Check(DeclaredTopologies topologies) =>
        topologies.OfType("Deployment").SelectMany(ProbeFindings)
            .Concat(topologies.Resources.Where(resource => ResourceTypes.IsService(resource.Type)).SelectMany(service => TargetPortFindings(topologies, service)));

    private IEnumerable<RuleFinding> ProbeFindings(DeclaredResource deployment)
    {
        foreach (var container in PodContainers.Running(deployment.Declaration))
        {
            var ports = container.Objects("Ports").ToList();
            var target = "container " + PodContainers.NameOf(container, deployment);
            foreach (var probe in Probes)
            {
                if (container.Object(probe) is not { Type: "HttpGetCheck" or "TcpSocketCheck" } check)
                {
                    continue;
                }

                if (check.String("PortName") is { } name)
                {
                    if (!ports.Any(port => port.String("Name") == name))
                    {
                        yield return new RuleFinding(Rule, deployment, check.SpanOf("PortName"), [probe + " port", name, "Deployment " + deployment.Display, target, PortList.Describe(ports)]);
                    }
                }
                else if (check.Int("Port") is { } number && ports.Count > 0 && !ports.Any(port => port.Int("Port") == number))
                {
                    // A container that lists no ports does not say what it listens on.
                    yield return new RuleFinding(Rule, deployment, check.SpanOf("Port"), [probe + " port", number.ToString(System.Globalization.CultureInfo.InvariantCulture), "Deployment " + deployment.Display, target, PortList.Describe(ports)]);
                }
            }
        }
    }

    private IEnumerable<RuleFinding> TargetPortFindings(DeclaredTopologies topologies, DeclaredResource service)
    {
        var selector = service.Declaration.StringEntries("Selector").ToList();
        if (selector.Count == 0 || topologies.HasUnknown("Deployment", service.Namespace))
        {
            yield break;
        }

        var matched = topologies.Pods.Select(service.Namespace, selector);
        if (matched.Count == 0)
        {
            yield break;
        }

        var ports = matched.SelectMany(deployment => PodContainers.Running(deployment.Declaration)).SelectMany(container => container.Objects("Ports")).ToList();
        foreach (var port in service.Declaration.Objects("Ports"))
        {
            if (port.String("TargetPortName") is { } name && !ports.Any(containerPort => containerPort.String("Name") == name))
            {
                var deployments = string.Join(", ", matched.Select(deployment => "Deployment " + deployment.Display));
                yield return new RuleFinding(Rule, service, port.SpanOf("TargetPortName"), ["targetPort", name, "Service " + service.Display, deployments, PortList.Describe(ports)]);
            }
        }
    }
}
