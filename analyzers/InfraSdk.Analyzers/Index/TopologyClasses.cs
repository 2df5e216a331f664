using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Analyzers.Index;

/// <summary>Finds the <c>[Topology]</c> classes declared in a compilation.</summary>
internal static class TopologyClasses
{
    public const string AttributeMetadataName = "InfraSdk.TopologyAttribute";

    public static IEnumerable<INamedTypeSymbol> Find(Compilation compilation, CancellationToken cancellationToken)
    {
        var attribute = compilation.GetTypeByMetadataName(AttributeMetadataName);
        if (attribute is null)
        {
            yield break;
        }

        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var container = pending.Pop();
            if (container is INamespaceSymbol ns)
            {
                foreach (var member in ns.GetMembers())
                {
                    pending.Push(member);
                }

                continue;
            }

            var type = (INamedTypeSymbol)container;
            if (IsTopology(type, attribute))
            {
                yield return type;
            }

            foreach (var nested in type.GetTypeMembers())
            {
                pending.Push(nested);
            }
        }
    }

    public static bool IsTopology(INamedTypeSymbol type, INamedTypeSymbol attribute)
    {
        foreach (var data in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }
}
