using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InfraSdk.Extraction.Parsing;

/// <summary>
/// Reads a declaration written with literals only (<c>new("web") { Replicas = 2, Labels = { ["app"] = "web" },
/// Ports = { new(8080, "http") } }</c>: strings, integers, booleans, null, enum members, <c>new</c> of model types,
/// collection and dictionary initializers, collection expressions) straight from its syntax. Types and members come
/// from symbols, and each type name is bound on its own, so the initializer is never bound: binding (with its nullable
/// analysis) is what a declaration costs, and nearly every declaration is written this way. Anything else (a constant
/// of the user's, an expression, a lambda, an overload it cannot pick alone) makes it give up, and the caller binds the
/// declaration with <see cref="DeclarationReader"/>, whose result this one equals value for value and span for span.
/// </summary>
internal sealed class LiteralDeclarationReader(SemanticModel model, TopologyDependencies? dependencies)
{
    private readonly Dictionary<string, ITypeSymbol?> _types = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, ISymbol?> _qualifiers = new(System.StringComparer.Ordinal);
    private bool _gaveUp;

    /// <summary>
    /// The declaration, or null when it is not written with literals only, or its file has a syntax error (what binding
    /// makes of the parser's recovery is binding's: the fuzzer found it reading otherwise even where the declaration
    /// itself was whole).
    /// </summary>
    public DeclObject? TryRead(ExpressionSyntax initializer, ITypeSymbol memberType)
    {
        if (initializer.SyntaxTree.GetRoot().ContainsDiagnostics)
        {
            return null;
        }

        _gaveUp = false;
        var value = initializer is BaseObjectCreationExpressionSyntax creation && TypeOf(creation, memberType) is { } type && ModelTypes.IsModelType(type)
            ? ReadObject(creation, (INamedTypeSymbol)type)
            : GiveUp<DeclValue>();
        return _gaveUp ? null : value as DeclObject;
    }

    private DeclValue? Read(ExpressionSyntax expression, ITypeSymbol target)
    {
        if (_gaveUp)
        {
            return null;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax or PrefixUnaryExpressionSyntax or MemberAccessExpressionSyntax:
                return Scalar(expression, target);
            case BaseObjectCreationExpressionSyntax creation when TypeOf(creation, target) is INamedTypeSymbol type:
                if (ModelTypes.IsModelType(type))
                {
                    return ReadObject(creation, type);
                }

                // A collection of its own (new Dictionary<string, string> { ... }, new() { ... }).
                return creation.ArgumentList is { Arguments.Count: > 0 } || creation.Initializer is not { } items || !items.IsKind(SyntaxKind.CollectionInitializerExpression) && !IsIndexerInitializer(items)
                    ? GiveUp<DeclValue>()
                    : Collection(items, type, null, SourceSpans.From(creation));
            case CollectionExpressionSyntax collection when ElementType(target) is { } element:
                return List(collection, element);
            default:
                return GiveUp<DeclValue>();
        }
    }

    private DeclScalar? Scalar(ExpressionSyntax expression, ITypeSymbol target)
    {
        var type = Underlying(target);
        DeclScalar? scalar = expression switch
        {
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } when target.IsReferenceType || !ReferenceEquals(type, target) => null,
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression, Token.Value: string text } when type.SpecialType == SpecialType.System_String => DeclScalar.Of(text),
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression } when type.SpecialType == SpecialType.System_Boolean => DeclScalar.Of(true),
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.FalseLiteralExpression } when type.SpecialType == SpecialType.System_Boolean => DeclScalar.Of(false),
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal => Integer(literal.Token.Value, negate: false, type),
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal } => Integer(literal.Token.Value, negate: true, type),
            MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access => EnumMember(access, type),
            _ => GiveUp<DeclScalar>(),
        };
        return _gaveUp || scalar is null ? null : scalar with { Span = SourceSpans.From(expression) };
    }

    /// <summary>An int literal as an int or long, or a long literal as a long: the constant conversions that cannot fail.</summary>
    private DeclScalar? Integer(object? value, bool negate, ITypeSymbol type) => (value, type.SpecialType) switch
    {
        (int number, SpecialType.System_Int32 or SpecialType.System_Int64) => DeclScalar.Of(negate ? -(long)number : number),
        (long or uint, SpecialType.System_Int64) => DeclScalar.Of(negate ? -System.Convert.ToInt64(value) : System.Convert.ToInt64(value)),
        _ => GiveUp<DeclScalar>(),
    };

    private DeclScalar? EnumMember(MemberAccessExpressionSyntax access, ITypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Enum
            || !SymbolEqualityComparer.Default.Equals(BindQualifier(access.Expression), type)
            || type.GetMembers(access.Name.Identifier.ValueText).OfType<IFieldSymbol>().FirstOrDefault() is not { HasConstantValue: true, ConstantValue: { } value } field
            || !ConstantReader.TryEnumMember(type, value, out var name))
        {
            return GiveUp<DeclScalar>();
        }

        dependencies?.AddSymbol(field);
        return DeclScalar.OfEnum(name);
    }

    private DeclObject? ReadObject(BaseObjectCreationExpressionSyntax creation, INamedTypeSymbol type)
    {
        var arguments = creation.ArgumentList?.Arguments ?? default;
        if (Constructor(type, arguments) is not { } constructor)
        {
            GiveUp<DeclValue>();
            return null;
        }

        dependencies?.AddSymbol(constructor);
        var members = new List<DeclMember>();
        var supplied = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
        for (var i = 0; i < arguments.Count; i++)
        {
            var parameter = ParameterOf(constructor, arguments[i], i)!;
            supplied.Add(parameter);
            DeclMembers.Set(members, DeclMembers.PropertyName(parameter.Name), Read(arguments[i].Expression, parameter.Type));
        }

        foreach (var parameter in constructor.Parameters)
        {
            if (!supplied.Contains(parameter))
            {
                DeclMembers.Set(members, DeclMembers.PropertyName(parameter.Name), Default(parameter));
            }
        }

        if (creation.Initializer is { } initializer)
        {
            if (!initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
            {
                GiveUp<DeclValue>();
                return null;
            }

            foreach (var expression in initializer.Expressions)
            {
                if (expression is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax name } assignment
                    || ModelMembers.Of(type).Property(name.Identifier.ValueText) is not { } property)
                {
                    GiveUp<DeclValue>();
                    return null;
                }

                if (assignment.Right is not InitializerExpressionSyntax && property.SetMethod is not { DeclaredAccessibility: Accessibility.Public })
                {
                    GiveUp<DeclValue>();
                    return null;
                }

                dependencies?.AddSymbol(property);
                var value = assignment.Right is InitializerExpressionSyntax items
                    ? Collection(items, property.Type, DeclMembers.Find(members, property.Name), SourceSpans.From(assignment))
                    : Read(assignment.Right, property.Type);
                DeclMembers.Set(members, property.Name, value);
            }
        }

        return _gaveUp ? null : new DeclObject(type.Name, members.ToEquatableArray()) { Span = SourceSpans.From(creation) };
    }

    /// <summary>The one constructor these arguments can call, judged by their count, names and literal kinds; null when that is not certain.</summary>
    private static IMethodSymbol? Constructor(INamedTypeSymbol type, SeparatedSyntaxList<ArgumentSyntax> arguments)
    {
        IMethodSymbol? found = null;
        foreach (var candidate in ModelMembers.Of(type).PublicConstructors)
        {
            if (!Fits(candidate, arguments))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = candidate;
        }

        return found;
    }

    private static bool Fits(IMethodSymbol constructor, SeparatedSyntaxList<ArgumentSyntax> arguments)
    {
        if (constructor.Parameters.Any(p => p.IsParams || p.RefKind != RefKind.None || p.IsOptional && !p.HasExplicitDefaultValue))
        {
            return false;
        }

        var supplied = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
        var named = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            named |= arguments[i].NameColon is not null;
            if (arguments[i].NameColon is null && named
                || arguments[i].RefKindKeyword != default
                || ParameterOf(constructor, arguments[i], i) is not { } parameter
                || !supplied.Add(parameter)
                || !MayTake(parameter.Type, arguments[i].Expression))
            {
                return false;
            }
        }

        return constructor.Parameters.All(p => supplied.Contains(p) || p.HasExplicitDefaultValue);
    }

    private static IParameterSymbol? ParameterOf(IMethodSymbol constructor, ArgumentSyntax argument, int position) =>
        argument.NameColon is { } name
            ? constructor.Parameters.FirstOrDefault(p => p.Name == name.Name.Identifier.ValueText)
            : position < constructor.Parameters.Length ? constructor.Parameters[position] : null;

    /// <summary>Whether a literal of this kind converts to <paramref name="type"/>; anything that is not a literal is judged later.</summary>
    private static bool MayTake(ITypeSymbol type, ExpressionSyntax expression)
    {
        var underlying = Underlying(type);
        return expression switch
        {
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } => underlying.SpecialType == SpecialType.System_String,
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } or PrefixUnaryExpressionSyntax => underlying.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64,
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression or (int)SyntaxKind.FalseLiteralExpression } => underlying.SpecialType == SpecialType.System_Boolean,
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } => type.IsReferenceType || !ReferenceEquals(type, underlying),
            ImplicitObjectCreationExpressionSyntax => underlying is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } && underlying.SpecialType == SpecialType.None,
            _ => true,
        };
    }

    /// <summary>What an omitted optional parameter passes, read as <see cref="DeclarationReader"/> reads a default argument: without a span.</summary>
    private DeclScalar? Default(IParameterSymbol parameter)
    {
        var type = Underlying(parameter.Type);
        switch (parameter.ExplicitDefaultValue)
        {
            case null:
                return null;
            case var value when type.TypeKind == TypeKind.Enum:
                return ConstantReader.TryEnumMember(type, value, out var name) ? DeclScalar.OfEnum(name) : null;
            case string text:
                return DeclScalar.Of(text);
            case bool flag:
                return DeclScalar.Of(flag);
            case int or long or short or byte or uint or ushort or sbyte:
                return DeclScalar.Of(System.Convert.ToInt64(parameter.ExplicitDefaultValue, System.Globalization.CultureInfo.InvariantCulture));
            default:
                GiveUp<DeclValue>();
                return null;
        }
    }

    /// <summary>Items a collection initializer adds to what is there already: <c>{ a, b }</c>, <c>{ { "k", v } }</c> or <c>{ ["k"] = v }</c>.</summary>
    private DeclValue? Collection(InitializerExpressionSyntax initializer, ITypeSymbol collection, DeclValue? existing, SourceSpan span)
    {
        var items = existing is DeclList list ? new List<DeclValue>(list.Items) : [];
        var entries = existing is DeclMap map ? new List<DeclEntry>(map.Entries) : [];
        if (IsIndexerInitializer(initializer))
        {
            if (ModelMembers.Of(collection).StringIndexer is not { } indexer)
            {
                return GiveUp<DeclValue>();
            }

            foreach (AssignmentExpressionSyntax assignment in initializer.Expressions)
            {
                var key = ((ImplicitElementAccessSyntax)assignment.Left).ArgumentList.Arguments[0].Expression;
                if (Entry(key, assignment.Right, indexer.Type) is { } set)
                {
                    var index = entries.FindIndex(entry => entry.Key == set.Key);
                    if (index < 0)
                    {
                        entries.Add(set);
                    }
                    else
                    {
                        entries[index] = set;
                    }
                }
            }
        }
        else if (initializer.IsKind(SyntaxKind.CollectionInitializerExpression))
        {
            foreach (var element in initializer.Expressions)
            {
                var arguments = element is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression } complex ? complex.Expressions : SyntaxFactory.SingletonSeparatedList(element);
                if (ModelMembers.Of(collection).Add(arguments.Count) is not { } add)
                {
                    return GiveUp<DeclValue>();
                }

                if (arguments.Count == 1)
                {
                    if (Read(arguments[0], add.Parameters[0].Type) is { } item)
                    {
                        items.Add(item);
                    }
                }
                else if (Entry(arguments[0], arguments[1], add.Parameters[1].Type) is { } added)
                {
                    if (entries.Exists(entry => entry.Key == added.Key))
                    {
                        return GiveUp<DeclValue>();
                    }

                    entries.Add(added);
                }
            }
        }
        else
        {
            return GiveUp<DeclValue>();
        }

        if (entries.Count > 0)
        {
            return new DeclMap(entries.ToEquatableArray()) { Span = span };
        }

        return items.Count > 0 ? new DeclList(items.ToEquatableArray()) { Span = span } : null;
    }

    private DeclList? List(CollectionExpressionSyntax collection, ITypeSymbol element)
    {
        var items = new List<DeclValue>();
        foreach (var item in collection.Elements)
        {
            if (item is not ExpressionElementSyntax { Expression: var expression })
            {
                GiveUp<DeclValue>();
                return null;
            }

            if (Read(expression, element) is { } value)
            {
                items.Add(value);
            }
        }

        return items.Count > 0 ? new DeclList(items.ToEquatableArray()) { Span = SourceSpans.From(collection) } : null;
    }

    private DeclEntry? Entry(ExpressionSyntax key, ExpressionSyntax value, ITypeSymbol valueType)
    {
        if (key is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression, Token.Value: string text })
        {
            GiveUp<DeclValue>();
            return null;
        }

        return Read(value, valueType) is { } read ? new DeclEntry(text, read, SourceSpans.From(key)) : null;
    }

    private static bool IsIndexerInitializer(InitializerExpressionSyntax initializer)
    {
        if (!initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
        {
            return false;
        }

        foreach (var expression in initializer.Expressions)
        {
            if (expression is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: ImplicitElementAccessSyntax { ArgumentList.Arguments.Count: 1 } })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The type a <c>new</c> creates: the one it names, or the target type of <c>new(...)</c>; it gives up on a named
    /// type that is neither the target nor derived from it (the conversion is an error, which binding reads otherwise).
    /// </summary>
    private ITypeSymbol? TypeOf(BaseObjectCreationExpressionSyntax creation, ITypeSymbol target)
    {
        target = Underlying(target);
        var type = creation is ObjectCreationExpressionSyntax { Type: var name } ? BindType(name) : target;
        if (type is null || !DerivesFrom(Underlying(type), target))
        {
            return GiveUp<ITypeSymbol>();
        }

        type = Underlying(type);
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsAbstract: false } named || named.SpecialType != SpecialType.None)
        {
            return GiveUp<ITypeSymbol>();
        }

        dependencies?.AddSymbol(named);
        return named;
    }

    private static ITypeSymbol Underlying(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    private static bool DerivesFrom(ITypeSymbol type, ITypeSymbol target)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, target))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A type name bound alone, where it is written (the class's usings and namespaces), once per name.</summary>
    private ITypeSymbol? BindType(ExpressionSyntax name)
    {
        var text = name.ToString();
        if (!_types.TryGetValue(text, out var type))
        {
            type = model.GetSpeculativeTypeInfo(name.SpanStart, name, SpeculativeBindingOption.BindAsTypeOrNamespace).Type;
            _types[text] = type is null or IErrorTypeSymbol ? null : type;
        }

        return type;
    }

    /// <summary>
    /// What the left of <c>X.Member</c> names where it is written, bound as an expression: a field or property of the
    /// topology class named like the enum hides the type unless it has the enum's type, as C#'s lookup has it.
    /// </summary>
    private ISymbol? BindQualifier(ExpressionSyntax qualifier)
    {
        var key = "expression " + qualifier;
        if (!_qualifiers.TryGetValue(key, out var symbol))
        {
            symbol = model.GetSpeculativeSymbolInfo(qualifier.SpanStart, qualifier, SpeculativeBindingOption.BindAsExpression).Symbol;
            _qualifiers[key] = symbol;
        }

        return symbol;
    }

    /// <summary>What a collection expression's elements convert to: an array's element type, or the T of a generic collection of one T.</summary>
    private static ITypeSymbol? ElementType(ITypeSymbol target) => target switch
    {
        IArrayTypeSymbol array => array.ElementType,
        INamedTypeSymbol { TypeArguments.Length: 1 } generic when ModelMembers.Of(generic).Add(1) is { } add => add.Parameters[0].Type,
        _ => null,
    };

    private T? GiveUp<T>()
        where T : class
    {
        _gaveUp = true;
        return null;
    }
}
