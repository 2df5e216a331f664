using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Kubernetes;
using InfraSdk.Manifests;

namespace InfraSdk.Rules;

/// <summary>IS0005: with more than one port every port needs a name; names are unique within the Service and DNS-1123 labels.</summary>
internal sealed class ServicePortNameRule : ITopologyRule
{
    /// <summary>The tag of a finding about a port without a name, which the "Name the ports" fix handles.</summary>
    public const string UnnamedTag = "Unnamed";

    public RuleDefinition Rule => RuleCatalog.InvalidPortName;

    public IEnumerable<RuleFinding> Check(DeclaredTopologies topologies)
    {
        foreach (var service in topologies.EveryValueRead.Where(resource => ResourceTypes.IsService(resource.Type)))
        {
            var ports = service.Declaration.Objects("Ports").ToList();
            var names = new HashSet<string>();
            foreach (var port in ports)
            {
                if (port.String("Name") is not { } name)
                {
                    if (ports.Count > 1)
                    {
                        yield return new RuleFinding(Rule, service, port.Span, [$"Service {service.Display} has {ports.Count} ports, so port {port.Int("Port")}/{ContainerManifest.Protocol(port)} needs a name"]) { Tag = UnnamedTag };
                    }

                    continue;
                }

                var span = port.SpanOf("Name");
                var problems = KubernetesNames.CheckDns1123Label(name);
                if (problems.Count > 0)
                {
                    yield return new RuleFinding(Rule, service, span, [$"Port name \"{name}\" of Service {service.Display} is invalid: {string.Join("; ", problems)}"]);
                }
                else if (!names.Add(name))
                {
                    yield return new RuleFinding(Rule, service, span, [$"Port name \"{name}\" is used twice in Service {service.Display}: port names must be unique"]);
                }
            }
        }
    }
}
