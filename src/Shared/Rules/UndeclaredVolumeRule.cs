using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;

namespace InfraSdk.Rules;

/// <summary>IS0019: a container mounts a volume that its Deployment does not declare.</summary>
internal sealed class UndeclaredVolumeRule : ITopologyRule
{
    public RuleDefinition Rule => RuleCatalog.UndeclaredVolume;

    public IEnumerable<RuleFinding> Check(DeclaredTopologies topologies)
    {
        foreach (var deployment in topologies.OfType("Deployment"))
        {
            var volumes = deployment.Declaration.Objects("Volumes").Select(volume => volume.String("Name")).OfType<string>().ToList();
            foreach (var container in PodContainers.All(deployment.Declaration))
            {
                foreach (var mount in container.Objects("VolumeMounts"))
                {
                    if (mount.String("Volume") is { } volume && !volumes.Contains(volume))
                    {
                        yield return new RuleFinding(
                            Rule,
                            deployment,
                            mount.SpanOf("Volume"),
                            [mount.String("MountPath") ?? string.Empty, PodContainers.NameOf(container, deployment), volume, deployment.Display, volumes.Count == 0 ? "none" : string.Join(", ", volumes)]);
                    }
                }
            }
        }
    }
}
