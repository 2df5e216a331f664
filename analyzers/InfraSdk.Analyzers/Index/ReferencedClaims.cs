using InfraSdk.Rules;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Analyzers.Index;

/// <summary>
/// Reads the <c>[assembly: NodePortClaim(...)]</c> attributes that the generator writes into every assembly declaring
/// topologies: the nodePorts other projects of the solution already claim.
/// </summary>
internal static class ReferencedClaims
{
    public const string AttributeMetadataName = "InfraSdk.NodePortClaimAttribute";
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
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType) && TryRead(assembly, attribute, out var claim))
                {
                    yield return claim;
                }
            }
        }
    }

    // Only assemblies compiled against InfraSdk can carry claims; the check spares reading the attributes of the framework.
    private static bool ReferencesRuntime(IAssemblySymbol assembly) =>
        assembly.Modules.Any(module => module.ReferencedAssemblies.Any(identity => identity.Name == RuntimeAssemblyName));

    private static bool TryRead(IAssemblySymbol assembly, AttributeData attribute, out NodePortClaim claim)
    {
        claim = null!;
        var arguments = attribute.ConstructorArguments;
        if (arguments.Length != 4
            || arguments[0].Value is not int nodePort
            || arguments[1].Value is not string ns
            || arguments[2].Value is not string service
            || arguments[3].Value is not string source)
        {
            return false;
        }

        var protocol = "TCP";
        var port = 0;
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "Protocol" when named.Value.Value is string value:
                    protocol = value;
                    break;
                case "Port" when named.Value.Value is int value:
                    port = value;
                    break;
            }
        }

        var field = port == 0 ? NodePortClaim.HealthCheckNodePortField : NodePortClaim.NodePortField;
        claim = new NodePortClaim(nodePort, field, assembly.Name + "|" + ns + "/" + service, ns + "/" + service, source + " in " + assembly.Name, null, port, protocol);
        return true;
    }
}
