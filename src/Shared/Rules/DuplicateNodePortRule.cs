using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Manifests;

namespace InfraSdk.Rules;

/// <summary>
/// IS0002 over declarations: two Services pinning one nodePort, with the allocator's sharing rule of
/// <see cref="NodePortClaim.CanShareWith"/>. The analyzers report IS0002 from the same claims and index, across
/// referenced assemblies too; this is the run-time pass for topologies built with helpers and loops.
/// </summary>
internal sealed class DuplicateNodePortRule : ITopologyRule
{
    public RuleDefinition Rule => RuleCatalog.NodePortAlreadyClaimed;

    public IEnumerable<RuleFinding> Check(DeclaredTopologies topologies)
    {
        var claims = new List<(NodePortClaim Claim, DeclaredResource Resource)>();
        var index = 0;
        foreach (var service in topologies.All.Where(resource => ResourceTypes.HasNodePorts(resource.Type)))
        {
            var owner = "#" + index++;
            foreach (var port in service.Declaration.Objects("Ports"))
            {
                if (port.Int("NodePort") is { } nodePort)
                {
                    var protocol = ContainerManifest.Protocol(port);
                    claims.Add((new NodePortClaim(nodePort, NodePortClaim.NodePortField, owner, service.Display, Where(port, service), port["NodePort"]?.Span, port.Int("Port") ?? 0, protocol), service));
                }
            }

            if (service.Declaration.Int("HealthCheckNodePort") is { } health)
            {
                claims.Add((new NodePortClaim(health, NodePortClaim.HealthCheckNodePortField, owner, service.Display, service.Display, service.Declaration["HealthCheckNodePort"]?.Span, 0, string.Empty), service));
            }
        }

        var claimIndex = new NodePortClaimIndex(claims.Select(entry => entry.Claim));
        foreach (var (claim, resource) in claims)
        {
            var conflicts = claimIndex.ConflictsOf(claim);
            if (!conflicts.IsEmpty)
            {
                var other = conflicts[0];
                yield return new RuleFinding(Rule, resource, claim.Span, [claim.Field, claim.NodePort.ToString(System.Globalization.CultureInfo.InvariantCulture), other.Service, other.Source]);
            }
        }
    }

    /// <summary>"ShopTopology.cs:17" at compile time; "shop/web port 80/TCP" at run time, where there is no source.</summary>
    private static string Where(DeclObject port, DeclaredResource service) =>
        port["NodePort"]?.Span?.ToDisplayString() ?? service.Display + " port " + port.Int("Port") + "/" + ContainerManifest.Protocol(port);
}
