using System;
using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Extraction.Parsing;

/// <summary>The types a topology member can declare: InfraSdk's resources and KubernetesClient's objects.</summary>
internal static class ModelTypes
{
    public const string TopologyAttribute = "InfraSdk.TopologyAttribute";

    public static ResourceKind? KindOf(ITypeSymbol type)
    {
        if (IsModelType(type))
        {
            return Enum.TryParse<ResourceKind>(type.Name, out var kind) && kind != ResourceKind.KubernetesObject ? kind : null;
        }

        return IsKubernetesObject(type) ? ResourceKind.KubernetesObject : null;
    }

    /// <summary>A type of InfraSdk's model (namespace InfraSdk): resources and the values they hold.</summary>
    public static bool IsModelType(ITypeSymbol? type) =>
        type is INamedTypeSymbol { ContainingNamespace: { Name: "InfraSdk", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>A class implementing k8s.IKubernetesObject&lt;V1ObjectMeta&gt;, as every KubernetesClient top-level model does.</summary>
    private static bool IsKubernetesObject(ITypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Class)
        {
            return false;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (candidate is { Name: "IKubernetesObject", Arity: 1, ContainingNamespace: { Name: "k8s", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }
}
