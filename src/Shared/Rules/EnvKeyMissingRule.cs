using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;

namespace InfraSdk.Rules;

/// <summary>IS0018: an environment variable read from a key that its declared ConfigMap or Secret does not have.</summary>
internal sealed class EnvKeyMissingRule : ITopologyRule
{
    public RuleDefinition Rule => RuleCatalog.EnvKeyMissing;

    public IEnumerable<RuleFinding> Check(DeclaredTopologies topologies)
    {
        foreach (var deployment in topologies.OfType("Deployment"))
        {
            foreach (var container in PodContainers.All(deployment.Declaration))
            {
                foreach (var env in container.Entries("EnvFrom"))
                {
                    if (env.Value is not DeclObject { Type: "ConfigMapKey" or "SecretKey" } source
                        || source.String("Key") is not { } key)
                    {
                        continue;
                    }

                    var kind = source.Type == "ConfigMapKey" ? "ConfigMap" : "Secret";
                    var name = source.String(kind) ?? string.Empty;
                    if (topologies.IsUnknown(kind, deployment.Namespace, name) || topologies.Find(kind, deployment.Namespace, name) is not { } target)
                    {
                        continue;
                    }

                    var keys = Keys(target.Declaration).ToList();
                    if (!keys.Contains(key))
                    {
                        yield return new RuleFinding(
                            Rule,
                            deployment,
                            source.SpanOf("Key"),
                            [env.Key, PodContainers.NameOf(container, deployment), deployment.Display, key, kind, target.Display, keys.Count == 0 ? "none" : string.Join(", ", keys)]);
                    }
                }
            }
        }
    }

    /// <summary>A ConfigMap's Data and Files keys; a Secret's Values keys.</summary>
    private static IEnumerable<string> Keys(DeclObject target) =>
        target.Type == "Secret"
            ? target.Entries("Values").Select(entry => entry.Key)
            : target.Entries("Data").Concat(target.Entries("Files")).Select(entry => entry.Key);
}
