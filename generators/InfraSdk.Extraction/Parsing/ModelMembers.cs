using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Extraction.Parsing;

/// <summary>
/// The members of a type that a declaration written with literals can use: public constructors, settable and
/// collection properties, the string indexer and the Add methods of collection initializers, looked up as C# member
/// lookup finds them and remembered per type symbol, since thousands of declarations ask about the same few types.
/// </summary>
internal sealed class ModelMembers
{
    private static readonly ConditionalWeakTable<ITypeSymbol, ModelMembers> Cache = new();

    private readonly ITypeSymbol _type;
    private readonly ConcurrentDictionary<string, IPropertySymbol?> _properties = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, IMethodSymbol?> _adds = new();
    private ImmutableArray<IMethodSymbol> _constructors;
    private StrongBox<IPropertySymbol?>? _indexer;

    private ModelMembers(ITypeSymbol type) => _type = type;

    /// <remarks>Keyed by the type without nullable annotation: the compiler hands out a new symbol object per annotated use, and one per type without.</remarks>
    public static ModelMembers Of(ITypeSymbol type) =>
        Cache.GetValue(type.NullableAnnotation == NullableAnnotation.None ? type : type.WithNullableAnnotation(NullableAnnotation.None), static t => new ModelMembers(t));

    public ImmutableArray<IMethodSymbol> PublicConstructors =>
        _constructors.IsDefault
            ? _constructors = _type is INamedTypeSymbol named ? named.InstanceConstructors.Where(c => c.DeclaredAccessibility == Accessibility.Public).ToImmutableArray() : ImmutableArray<IMethodSymbol>.Empty
            : _constructors;

    /// <summary>The public instance property <paramref name="name"/> finds, or null when member lookup finds something else first.</summary>
    public IPropertySymbol? Property(string name) => _properties.GetOrAdd(name, FindProperty);

    /// <summary>The one settable <c>this[string]</c> of the nearest type that declares any; null when that is none or several.</summary>
    public IPropertySymbol? StringIndexer =>
        (_indexer ??= new StrongBox<IPropertySymbol?>(Single(t => t.GetMembers("this[]").OfType<IPropertySymbol>().Where(p => p.Parameters.Length == 1 && p.Parameters[0].Type.SpecialType == SpecialType.System_String && p.SetMethod is not null)))).Value;

    /// <summary>The one public Add taking <paramref name="arity"/> arguments on the nearest type that declares any; null when that is none or several.</summary>
    public IMethodSymbol? Add(int arity) =>
        _adds.GetOrAdd(arity, n => Single(t => t.GetMembers("Add").OfType<IMethodSymbol>().Where(m => !m.IsStatic && m.Parameters.Length == n && m.DeclaredAccessibility == Accessibility.Public)));

    private IPropertySymbol? FindProperty(string name)
    {
        foreach (var current in Hierarchy())
        {
            foreach (var member in current.GetMembers(name))
            {
                return member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property ? property : null;
            }
        }

        return null;
    }

    private T? Single<T>(System.Func<ITypeSymbol, IEnumerable<T>> select)
        where T : class
    {
        foreach (var current in Hierarchy())
        {
            var found = select(current).Take(2).ToList();
            if (found.Count > 0)
            {
                return found.Count == 1 ? found[0] : null;
            }
        }

        return null;
    }

    /// <summary>The type, then its base types, or for an interface, the interfaces it extends.</summary>
    private IEnumerable<ITypeSymbol> Hierarchy()
    {
        if (_type.TypeKind == TypeKind.Interface)
        {
            return new[] { _type }.Concat(_type.AllInterfaces);
        }

        var types = new List<ITypeSymbol>();
        for (var current = _type; current is not null; current = current.BaseType)
        {
            types.Add(current);
        }

        return types;
    }
}
