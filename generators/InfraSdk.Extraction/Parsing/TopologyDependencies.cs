using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSdk.Extraction.Parsing;

/// <summary>
/// What a parsed topology depends on besides its own syntax trees and the compilation's references: the names its
/// initializers bind (so that a declaration of the same name elsewhere can be noticed), and whether it reads any symbol
/// declared in another tree or anything that did not bind, in which case it is never reused.
/// </summary>
internal sealed class TopologyDependencies(IReadOnlyCollection<SyntaxTree> ownTrees)
{
    public HashSet<string> Names { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The topology reads something declared elsewhere, or something that did not bind: parse it afresh each time.</summary>
    public bool IsUnsafe { get; private set; }

    public void MarkUnsafe() => IsUnsafe = true;

    public void AddOperation(IOperation? root)
    {
        if (root is null)
        {
            MarkUnsafe();
            return;
        }

        foreach (var operation in root.DescendantsAndSelf())
        {
            if (IsUnsafe)
            {
                return;
            }

            switch (operation)
            {
                case IInvalidOperation:
                    MarkUnsafe();
                    break;
                case IObjectCreationOperation creation:
                    AddSymbol(creation.Constructor);
                    break;
                case IInvocationOperation invocation:
                    AddSymbol(invocation.TargetMethod);
                    break;
                case IMemberReferenceOperation reference:
                    AddSymbol(reference.Member);
                    break;
            }

            AddSymbol(operation.Type);
        }
    }

    public void AddSymbol(ISymbol? symbol)
    {
        for (var current = symbol; current is not null && current is not INamespaceSymbol { IsGlobalNamespace: true }; current = current.ContainingSymbol)
        {
            if (current is IMethodSymbol { MethodKind: MethodKind.Constructor })
            {
                Names.Add(current.ContainingType.Name);
            }
            else if (current.Name.Length > 0)
            {
                Names.Add(current.Name);
            }

            if (current is INamedTypeSymbol { IsGenericType: true } generic)
            {
                // Not a type's own type parameters: each leads back to the type (Outer<Z> -> Z -> Outer<Z>).
                foreach (var argument in generic.TypeArguments.Where(argument => argument is not ITypeParameterSymbol))
                {
                    AddSymbol(argument);
                }
            }

            if (current is IAssemblySymbol or IModuleSymbol)
            {
                break;
            }

            if (current is INamespaceSymbol)
            {
                continue;
            }

            if (current is IArrayTypeSymbol array)
            {
                AddSymbol(array.ElementType);
            }

            // Declared in source outside the topology's own trees: a change there must be seen, so no reuse.
            foreach (var location in current.Locations)
            {
                if (location.IsInSource && !ownTrees.Contains(location.SourceTree!))
                {
                    MarkUnsafe();
                    return;
                }
            }
        }
    }
}
