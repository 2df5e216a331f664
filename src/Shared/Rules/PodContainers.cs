using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;

namespace InfraSdk.Rules;

/// <summary>The containers of a Deployment's Pod, as rules walk them, and how messages name them.</summary>
internal static class PodContainers
{
    /// <summary>The main container and the sidecars: the containers that run, carry ports and are probed.</summary>
    public static IEnumerable<DeclObject> Running(DeclObject deployment) =>
        (deployment.Object("Container") is { } main ? new[] { main } : []).Concat(deployment.Objects("Sidecars"));

    /// <summary>The running containers and the init containers.</summary>
    public static IEnumerable<DeclObject> All(DeclObject deployment) => Running(deployment).Concat(deployment.Objects("InitContainers"));

    /// <summary>The container's name, else the Deployment's (as the mapping names it).</summary>
    public static string NameOf(DeclObject container, DeclaredResource deployment) => container.String("Name") ?? deployment.Name;
}
