using InfraSdk.Rules;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Analyzers.Index;

/// <summary>
/// Reads the <c>[assembly: NodePortClaims(...)]</c> attribute that the generator writes into every assembly declaring
/// topologies: the nodePorts other projects of the solution already claim.
/// </summary>
internal static class ReferencedClaims
{
    public const string AttributeMetadataName = "InfraSdk.NodePortClaimsAttribute";
    private const string RuntimeAssemblyName = "InfraSdk";

    public static IEnumerable<NodePortClaim> Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var attributeType = compilation.GetTypeByMetadataName(AttributeMetadataName);
        if (attributeType is null)
        {
            yield break;
        }

        foreach (var reference in compilation.References)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly || !ReferencesRuntime(assembly))
            {
                continue;
            }

            foreach (var attribute in assembly.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType) && attribute.ConstructorArguments is [{ Value: string table }])
                {
                    foreach (var line in NodePortClaimTable.Read(table))
                    {
                        yield return Claim(assembly, line);
                    }
                }
            }
        }
    }

    // Only assemblies compiled against InfraSdk can carry claims; the check spares reading the attributes of the framework.
    private static bool ReferencesRuntime(IAssemblySymbol assembly) =>
        assembly.Modules.Any(module => module.ReferencedAssemblies.Any(identity => identity.Name == RuntimeAssemblyName));

    private static NodePortClaim Claim(IAssemblySymbol assembly, NodePortClaimTable.Line line)
    {
        var field = line.Port == 0 ? NodePortClaim.HealthCheckNodePortField : NodePortClaim.NodePortField;
        var service = line.Namespace + "/" + line.Service;
        return new NodePortClaim(line.NodePort, field, assembly.Name + "|" + service, service, line.Source + " in " + assembly.Name, null, line.Port, line.Protocol);
    }
}
