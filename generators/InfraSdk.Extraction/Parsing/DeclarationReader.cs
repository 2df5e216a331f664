using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using InfraSdk.Declarations;
using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSdk.Extraction.Parsing;

/// <summary>
/// Reads an initializer (<c>new Deployment("web") { Replicas = 3, Container = new("nginx") { ... } }</c>) into the
/// <see cref="DeclValue"/> shape the runtime reads from the object, for any model type: constructor arguments and
/// properties by name, collection and dictionary initializers, constants of every kind. Whatever is not a
/// compile-time constant is recorded by span and left out, never guessed; a nested object with such a value is left
/// out whole. A delegate (a <c>Customize</c> callback) marks the declaration as customized instead.
/// </summary>
internal sealed class DeclarationReader(SemanticModel model, CancellationToken cancellationToken)
{
    public List<SourceSpan> NonConstantValues { get; } = [];

    /// <summary>The declaration sets a delegate, which only the runtime can apply.</summary>
    public bool IsCustomized { get; private set; }

    public DeclObject? ReadResource(ExpressionSyntax initializer)
    {
        var operation = model.GetOperation(initializer, cancellationToken);
        if (operation is not null && ConstantReader.Unwrap(operation) is IObjectCreationOperation creation && ModelTypes.IsModelType(creation.Type))
        {
            return ReadObject(creation, topLevel: true);
        }

        NonConstant(initializer);
        return null;
    }

    private DeclValue? Read(IOperation operation)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var value = ConstantReader.Unwrap(operation);
        if (value.ConstantValue.HasValue)
        {
            return Constant(value) is { } constant ? constant with { Span = Span(operation) } : null;
        }

        switch (value)
        {
            case IObjectCreationOperation creation when ModelTypes.IsModelType(creation.Type):
                return ReadObject(creation, topLevel: false);
            case IObjectCreationOperation { Arguments.Length: 0 } collection:
                return Collection(collection.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty, null, Span(operation));
            case IArrayCreationOperation { Initializer: { } array }:
                return List(array.ElementValues, Span(operation));
            case IAnonymousFunctionOperation or IDelegateCreationOperation or IMethodReferenceOperation:
                IsCustomized = true;
                return null;
        }

        // Roslyn 4.8 has no operation for collection expressions: read their elements through syntax.
        if (operation.Syntax is CollectionExpressionSyntax expression)
        {
            var items = new List<IOperation>();
            foreach (var element in expression.Elements)
            {
                if (element is ExpressionElementSyntax { Expression: var item } && model.GetOperation(item, cancellationToken) is { } itemOperation)
                {
                    items.Add(itemOperation);
                }
                else
                {
                    NonConstant(element);
                    return null;
                }
            }

            return List(items, Span(operation));
        }

        NonConstant(operation);
        return null;
    }

    private static DeclScalar? Constant(IOperation value)
    {
        if (ConstantReader.TryEnumMember(value, out var member))
        {
            return DeclScalar.OfEnum(member);
        }

        return value.ConstantValue.Value switch
        {
            string text => DeclScalar.Of(text),
            bool flag => DeclScalar.Of(flag),
            int or long or short or byte or uint or ushort or sbyte => DeclScalar.Of(System.Convert.ToInt64(value.ConstantValue.Value, System.Globalization.CultureInfo.InvariantCulture)),
            _ => null,
        };
    }

    private DeclObject? ReadObject(IObjectCreationOperation creation, bool topLevel)
    {
        var before = NonConstantValues.Count;
        var members = new List<DeclMember>();
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                continue;
            }

            var value = argument.ArgumentKind == ArgumentKind.DefaultValue
                ? Constant(ConstantReader.Unwrap(argument.Value))
                : Read(argument.Value);
            DeclMembers.Set(members, DeclMembers.PropertyName(parameter.Name), value);
        }

        foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            switch (initializer)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                    DeclMembers.Set(members, property.Property.Name, Read(assignment.Value));
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property, Initializer: IObjectOrCollectionInitializerOperation collection }:
                    DeclMembers.Set(members, property.Property.Name, Collection(collection.Initializers, DeclMembers.Find(members, property.Property.Name), Span(initializer)));
                    break;
                default:
                    NonConstant(initializer);
                    break;
            }
        }

        if (!topLevel && NonConstantValues.Count > before)
        {
            return null;
        }

        return new DeclObject(creation.Type!.Name, members.ToEquatableArray()) { Span = Span(creation) };
    }

    /// <summary>Items added by a collection initializer (<c>{ a, b }</c>, <c>{ ["k"] = v }</c>, <c>{ { "k", v } }</c>) to what is there already.</summary>
    private DeclValue? Collection(IEnumerable<IOperation> initializers, DeclValue? existing, SourceSpan span)
    {
        var items = existing is DeclList list ? new List<DeclValue>(list.Items) : [];
        var entries = existing is DeclMap map ? new List<DeclEntry>(map.Entries) : [];
        foreach (var initializer in initializers)
        {
            switch (initializer)
            {
                case IInvocationOperation { Arguments.Length: 1 } add:
                    if (Read(add.Arguments[0].Value) is { } item)
                    {
                        items.Add(item);
                    }

                    break;
                case IInvocationOperation { Arguments.Length: 2 } add:
                    if (Entry(add.Arguments[0].Value, add.Arguments[1].Value) is { } added)
                    {
                        if (entries.Exists(entry => entry.Key == added.Key))
                        {
                            NonConstant(initializer);
                        }
                        else
                        {
                            entries.Add(added);
                        }
                    }

                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment:
                    if (Entry(indexer.Arguments[0].Value, assignment.Value) is { } set)
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

                    break;
                default:
                    NonConstant(initializer);
                    break;
            }
        }

        if (entries.Count > 0)
        {
            return new DeclMap(entries.ToEquatableArray()) { Span = span };
        }

        return items.Count > 0 ? new DeclList(items.ToEquatableArray()) { Span = span } : null;
    }

    private DeclList? List(IEnumerable<IOperation> elements, SourceSpan span)
    {
        var items = new List<DeclValue>();
        foreach (var element in elements)
        {
            if (Read(element) is { } item)
            {
                items.Add(item);
            }
        }

        return items.Count > 0 ? new DeclList(items.ToEquatableArray()) { Span = span } : null;
    }

    private DeclEntry? Entry(IOperation key, IOperation value)
    {
        if (!ConstantReader.TryString(key, out var keyText))
        {
            NonConstant(key);
            return null;
        }

        return Read(value) is { } read ? new DeclEntry(keyText, read, Span(key)) : null;
    }

    private static SourceSpan Span(IOperation operation) => SourceSpans.From(operation.Syntax);

    private void NonConstant(IOperation operation) => NonConstantValues.Add(Span(operation));

    private void NonConstant(SyntaxNode node) => NonConstantValues.Add(SourceSpans.From(node));
}
