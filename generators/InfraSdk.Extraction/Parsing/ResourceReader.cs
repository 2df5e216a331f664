using InfraSdk.Declarations;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSdk.Extraction.Parsing;

/// <summary>
/// Reads one declaration's initializer (<c>new NodePortService("web") { Ports = { ... } }</c>) into a
/// <see cref="ResourceSpecBuilder"/>. Whatever is not a compile-time constant is recorded by span, never guessed.
/// </summary>
internal sealed class ResourceReader(SemanticModel model, ResourceSpecBuilder resource, CancellationToken cancellationToken)
{
    public void Read(ExpressionSyntax initializer)
    {
        var operation = model.GetOperation(initializer, cancellationToken);
        if (operation is null || ConstantReader.Unwrap(operation) is not IObjectCreationOperation creation)
        {
            NonConstant(initializer);
            return;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name == "name")
            {
                if (ConstantReader.TryString(argument.Value, out var name))
                {
                    resource.Name = Spanned(name, argument.Value);
                }
                else
                {
                    NonConstant(argument.Value);
                }
            }
        }

        foreach (var member in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (member)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                    Assign(property.Property.Name, assignment.Value);
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property, Initializer: IObjectOrCollectionInitializerOperation collection }:
                    AddTo(property.Property.Name, collection.Initializers);
                    break;
                default:
                    NonConstant(member);
                    break;
            }
        }
    }

    private void Assign(string property, IOperation value)
    {
        switch (property)
        {
            case "Image":
                resource.Image = OptionalString(value);
                break;
            case "Namespace":
                resource.Namespace = OptionalString(value);
                break;
            case "Replicas":
                resource.Replicas = Int(value);
                break;
            case "HealthCheckNodePort":
                resource.HealthCheckNodePort = ConstantReader.IsNull(value) ? null : Int(value);
                break;
            case "AllocateLoadBalancerNodePorts":
                resource.AllocateLoadBalancerNodePorts = ConstantReader.IsNull(value) ? null : Bool(value);
                break;
            case "ExternalTrafficPolicy":
                resource.ExternalTrafficPolicy = ConstantReader.IsNull(value) ? null : EnumMember(value);
                break;
            case "Probe":
                ReadProbe(value);
                break;
            case "Labels" or "Annotations" or "Selector" or "Ports" or "ContainerPorts":
                ClearCollection(property);
                if (CollectionItems(value) is { } items)
                {
                    AddTo(property, items);
                }

                break;
            default:
                NonConstant(value);
                break;
        }
    }

    private void ClearCollection(string property)
    {
        switch (property)
        {
            case "Ports":
                resource.Ports.Clear();
                break;
            case "ContainerPorts":
                resource.ContainerPorts.Clear();
                break;
            default:
                Labels(property).Clear();
                break;
        }
    }

    /// <summary>
    /// The elements of an assigned collection: <c>new() { ... }</c>, <c>new List&lt;int&gt; { ... }</c> or <c>[ ... ]</c>.
    /// Collection expressions are read through syntax: Roslyn 4.8 has no operation for them.
    /// </summary>
    private IEnumerable<IOperation>? CollectionItems(IOperation value)
    {
        var unwrapped = ConstantReader.Unwrap(value);
        if (unwrapped is IObjectCreationOperation { Arguments.Length: 0 } creation)
        {
            return creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty;
        }

        if (value.Syntax is CollectionExpressionSyntax collection)
        {
            var items = new List<IOperation>();
            foreach (var element in collection.Elements)
            {
                if (element is ExpressionElementSyntax { Expression: var expression } && model.GetOperation(expression, cancellationToken) is { } item)
                {
                    items.Add(item);
                }
                else
                {
                    NonConstant(element);
                }
            }

            return items;
        }

        NonConstant(value);
        return null;
    }

    private void AddTo(string property, IEnumerable<IOperation> items)
    {
        foreach (var item in items)
        {
            switch (property)
            {
                case "Labels" or "Annotations" or "Selector":
                    AddLabel(Labels(property), item);
                    break;
                case "Ports":
                    AddPort(item);
                    break;
                case "ContainerPorts":
                    AddContainerPort(item);
                    break;
                default:
                    NonConstant(item);
                    break;
            }
        }
    }

    private LabelList Labels(string property) => property switch
    {
        "Annotations" => resource.Annotations,
        "Selector" => resource.Selector,
        _ => resource.Labels,
    };

    private void AddLabel(LabelList labels, IOperation item)
    {
        switch (item)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment:
                if (Label(indexer.Arguments[0].Value, assignment.Value) is { } set)
                {
                    labels.Set(set);
                }

                break;
            case IInvocationOperation { Arguments.Length: 2 } add:
                if (Label(add.Arguments[0].Value, add.Arguments[1].Value) is { } added && !labels.TryAdd(added))
                {
                    NonConstant(item);
                }

                break;
            default:
                NonConstant(item);
                break;
        }
    }

    private LabelSpec? Label(IOperation key, IOperation value)
    {
        var keyKnown = ConstantReader.TryString(key, out var keyText);
        var valueKnown = ConstantReader.TryString(value, out var valueText);
        if (!keyKnown)
        {
            NonConstant(key);
        }

        if (!valueKnown)
        {
            NonConstant(value);
        }

        return keyKnown && valueKnown ? new LabelSpec(keyText, valueText, Span(key), Span(value)) : null;
    }

    private void AddContainerPort(IOperation item)
    {
        var value = item is IInvocationOperation { Arguments.Length: 1 } add ? add.Arguments[0].Value : item;
        if (Int(value) is { } port)
        {
            resource.ContainerPorts.Add(port);
        }
    }

    private void AddPort(IOperation item)
    {
        var value = item is IInvocationOperation { Arguments.Length: 1 } add ? add.Arguments[0].Value : item;
        if (ServicePortReader.Read(value, Span, NonConstant) is { } port)
        {
            resource.Ports.Add(port);
        }
    }

    private void ReadProbe(IOperation value)
    {
        resource.HttpProbePath = null;
        resource.TcpProbe = false;
        if (ConstantReader.IsNull(value))
        {
            return;
        }

        switch (ConstantReader.Unwrap(value))
        {
            case IObjectCreationOperation { Type.Name: "TcpProbe", Initializer: null or { Initializers.Length: 0 } }:
                resource.TcpProbe = true;
                break;
            case IObjectCreationOperation { Type.Name: "HttpProbe" } http:
                ReadHttpProbe(http);
                break;
            default:
                NonConstant(value);
                break;
        }
    }

    private void ReadHttpProbe(IObjectCreationOperation http)
    {
        var path = http.Arguments.FirstOrDefault()?.Value;

        foreach (var member in http.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Path" } } assignment)
            {
                path = assignment.Value;
            }
            else
            {
                NonConstant(member);
                return;
            }
        }

        if (path is not null && ConstantReader.TryString(path, out var text))
        {
            resource.HttpProbePath = Spanned(text, path);
        }
        else
        {
            NonConstant(path ?? http);
        }
    }

    private Spanned<string>? OptionalString(IOperation value)
    {
        if (ConstantReader.IsNull(value))
        {
            return null;
        }

        if (ConstantReader.TryString(value, out var text))
        {
            return Spanned(text, value);
        }

        NonConstant(value);
        return null;
    }

    private Spanned<int>? Int(IOperation value)
    {
        if (ConstantReader.TryInt(value, out var number))
        {
            return Spanned(number, value);
        }

        NonConstant(value);
        return null;
    }

    private Spanned<bool>? Bool(IOperation value)
    {
        if (ConstantReader.TryBool(value, out var flag))
        {
            return Spanned(flag, value);
        }

        NonConstant(value);
        return null;
    }

    private Spanned<string>? EnumMember(IOperation value)
    {
        if (ConstantReader.TryEnumMember(value, out var name))
        {
            return Spanned(name, value);
        }

        NonConstant(value);
        return null;
    }

    private static Spanned<T> Spanned<T>(T value, IOperation operation)
        where T : System.IEquatable<T> => new(value, Span(operation));

    private static SourceSpan Span(IOperation operation) => SourceSpans.From(operation.Syntax);

    private void NonConstant(IOperation operation) => resource.NonConstantValues.Add(Span(operation));

    private void NonConstant(SyntaxNode node) => resource.NonConstantValues.Add(SourceSpans.From(node));
}
