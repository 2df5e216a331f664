using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Extraction.Parsing;

/// <summary>The InfraSdk types a topology member can declare.</summary>
internal static class ModelTypes
{
    public const string TopologyAttribute = "InfraSdk.TopologyAttribute";

    public static ResourceKind? KindOf(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { ContainingNamespace: { Name: "InfraSdk", ContainingNamespace.IsGlobalNamespace: true } })
        {
            return null;
        }

        return type.Name switch
        {
            "Deployment" => ResourceKind.Deployment,
            "ClusterIPService" => ResourceKind.ClusterIPService,
            "NodePortService" => ResourceKind.NodePortService,
            "LoadBalancerService" => ResourceKind.LoadBalancerService,
            _ => null,
        };
    }
}
