using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;

namespace InfraSdk.Rules;

/// <summary>IS0023: an environment variable whose name looks secret, given a literal value that ends up in the assembly.</summary>
internal sealed class SecretLiteralRule : ITopologyRule
{
    private static readonly string[] SecretMarkers = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "CREDENTIAL"];

    public RuleDefinition Rule => RuleCatalog.SecretLiteral;

    public IEnumerable<RuleFinding> Check(DeclaredTopologies topologies)
    {
        foreach (var deployment in topologies.OfType("Deployment"))
        {
            foreach (var container in PodContainers.All(deployment.Declaration))
            {
                foreach (var env in container.Entries("Env"))
                {
                    if (env.Value is DeclScalar { Text.Length: > 0 } && LooksSecret(env.Key))
                    {
                        yield return new RuleFinding(Rule, deployment, env.Value.Span, [env.Key, PodContainers.NameOf(container, deployment), deployment.Display]);
                    }
                }
            }
        }
    }

    private static bool LooksSecret(string name)
    {
        var upper = name.ToUpperInvariant();
        return SecretMarkers.Any(marker => upper.Contains(marker));
    }
}
