using InfraSdk.Declarations;
using System;
using System.Collections.Immutable;
using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSdk.Extraction.Parsing;

/// <summary>
/// Reads <c>new ServicePort(80, TargetPort: 8080, NodePort: 30007)</c>, positional or named, with defaults and an
/// optional object initializer. A port with any value that is not constant is left out and its spans reported.
/// </summary>
internal static class ServicePortReader
{
    public static ServicePortSpec? Read(IOperation value, Func<IOperation, SourceSpan> span, Action<IOperation> nonConstant)
    {
        if (ConstantReader.Unwrap(value) is not IObjectCreationOperation { Type.Name: "ServicePort" } creation)
        {
            nonConstant(value);
            return null;
        }

        var port = new PortValues();
        foreach (var argument in creation.Arguments)
        {
            var explicitValue = argument.ArgumentKind != ArgumentKind.DefaultValue;
            port.Set(argument.Parameter?.Name ?? string.Empty, argument.Value, explicitValue);
        }

        foreach (var member in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
            {
                port.Set(property.Property.Name, assignment.Value, explicitValue: true);
            }
            else
            {
                port.Unknown.Add(member);
            }
        }

        return port.Build(creation, span, nonConstant);
    }

    private sealed class PortValues
    {
        public IOperation? Port;
        public IOperation? TargetPort;
        public IOperation? NodePort;
        public IOperation? Protocol;
        public IOperation? Name;
        public readonly System.Collections.Generic.List<IOperation> Unknown = [];

        /// <summary>A default argument counts as absent: it has no span and leaves the value unset.</summary>
        public void Set(string name, IOperation value, bool explicitValue)
        {
            var chosen = explicitValue ? value : null;
            switch (name)
            {
                case "Port":
                    Port = value;
                    break;
                case "TargetPort":
                    TargetPort = chosen;
                    break;
                case "NodePort":
                    NodePort = chosen;
                    break;
                case "Protocol":
                    Protocol = chosen;
                    break;
                case "Name":
                    Name = chosen;
                    break;
                default:
                    Unknown.Add(value);
                    break;
            }
        }

        public ServicePortSpec? Build(IObjectCreationOperation creation, Func<IOperation, SourceSpan> span, Action<IOperation> nonConstant)
        {
            var complete = Unknown.Count == 0;
            foreach (var unknown in Unknown)
            {
                nonConstant(unknown);
            }

            var port = 0;
            if (Port is null || !ConstantReader.TryInt(Port, out port))
            {
                nonConstant(Port ?? creation);
                complete = false;
            }

            var targetPort = OptionalInt(TargetPort, nonConstant, ref complete);
            var nodePort = OptionalInt(NodePort, nonConstant, ref complete);
            var name = OptionalString(Name, nonConstant, ref complete);
            var protocol = "TCP";
            if (Protocol is not null)
            {
                if (ConstantReader.TryEnumMember(Protocol, out var member))
                {
                    protocol = member.ToUpperInvariant();
                }
                else
                {
                    nonConstant(Protocol);
                    complete = false;
                }
            }

            return complete
                ? new ServicePortSpec(
                    port,
                    targetPort,
                    nodePort,
                    protocol,
                    name,
                    span(creation),
                    Port is null ? null : span(Port),
                    Span(TargetPort, targetPort.HasValue, span),
                    Span(NodePort, nodePort.HasValue, span),
                    Span(Name, name is not null, span))
                : null;
        }

        private static SourceSpan? Span(IOperation? operation, bool present, Func<IOperation, SourceSpan> span) =>
            operation is not null && present ? span(operation) : null;

        private static int? OptionalInt(IOperation? operation, Action<IOperation> nonConstant, ref bool complete)
        {
            if (operation is null || ConstantReader.IsNull(operation))
            {
                return null;
            }

            if (ConstantReader.TryInt(operation, out var value))
            {
                return value;
            }

            nonConstant(operation);
            complete = false;
            return null;
        }

        private static string? OptionalString(IOperation? operation, Action<IOperation> nonConstant, ref bool complete)
        {
            if (operation is null || ConstantReader.IsNull(operation))
            {
                return null;
            }

            if (ConstantReader.TryString(operation, out var value))
            {
                return value;
            }

            nonConstant(operation);
            complete = false;
            return null;
        }
    }
}
