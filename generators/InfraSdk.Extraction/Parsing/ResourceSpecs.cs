using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Extraction.Model;
using InfraSdk.Manifests;

namespace InfraSdk.Extraction.Parsing;

/// <summary>The typed views of a declaration that the rules read: names, labels, container and Service ports.</summary>
internal static class ResourceSpecs
{
    public static ResourceSpec Of(
        string memberName,
        ResourceKind kind,
        bool isStatic,
        bool isReadOnly,
        SourceSpan memberSpan,
        IEnumerable<SourceSpan> nonConstantValues,
        DeclObject? declaration) =>
        new(
            memberName,
            kind,
            isStatic,
            isReadOnly,
            memberSpan,
            nonConstantValues.ToEquatableArray(),
            declaration,
            String(declaration, "Name"),
            String(declaration, "Namespace"),
            Labels(declaration, "Labels"),
            Labels(declaration, "Annotations"),
            ContainerPorts(declaration),
            kind == ResourceKind.Deployment ? DeploymentSelector(declaration) : Labels(declaration, "Selector"),
            declaration?.Objects("Ports").Where(_ => kind != ResourceKind.Deployment).Select(Port).OfType<ServicePortSpec>().ToEquatableArray() ?? EquatableArray<ServicePortSpec>.Empty,
            Int(declaration, "HealthCheckNodePort"));

    private static Spanned<string>? String(DeclObject? obj, string name) =>
        obj?[name] is DeclScalar { Kind: ScalarKind.String } scalar ? new Spanned<string>(scalar.Text, scalar.Span ?? obj.Span!.Value) : null;

    private static Spanned<int>? Int(DeclObject? obj, string name) =>
        obj?[name] is DeclScalar { Number: { } number } scalar && number is >= int.MinValue and <= int.MaxValue
            ? new Spanned<int>((int)number, scalar.Span ?? obj.Span!.Value)
            : null;

    private static EquatableArray<LabelSpec> Labels(DeclObject? obj, string name) =>
        obj is null ? EquatableArray<LabelSpec>.Empty : obj.Entries(name).Select(entry => Label(entry, obj)).OfType<LabelSpec>().ToEquatableArray();

    private static LabelSpec? Label(DeclEntry entry, DeclObject owner) =>
        entry.Value is DeclScalar { Kind: ScalarKind.String } value
            ? new LabelSpec(entry.Key, value.Text, entry.KeySpan ?? owner.Span!.Value, value.Span ?? owner.Span!.Value)
            : null;

    /// <summary>A Deployment's selector as the mapping writes it; the default has the Deployment's own span.</summary>
    private static EquatableArray<LabelSpec> DeploymentSelector(DeclObject? deployment)
    {
        if (deployment is null)
        {
            return EquatableArray<LabelSpec>.Empty;
        }

        var declared = Labels(deployment, "Selector");
        return declared.Count > 0
            ? declared
            : DeploymentManifest.Selector(deployment).Select(label => new LabelSpec(label.Key, label.Value, deployment.Span!.Value, deployment.Span!.Value)).ToEquatableArray();
    }

    /// <summary>The container ports of a Deployment's main container and sidecars.</summary>
    private static EquatableArray<Spanned<int>> ContainerPorts(DeclObject? deployment)
    {
        if (deployment is null)
        {
            return EquatableArray<Spanned<int>>.Empty;
        }

        var containers = new List<DeclObject>();
        if (deployment.Object("Container") is { } main)
        {
            containers.Add(main);
        }

        containers.AddRange(deployment.Objects("Sidecars"));
        return containers.SelectMany(container => container.Objects("Ports")).Select(port => Int(port, "Port")).OfType<Spanned<int>>().ToEquatableArray();
    }

    private static ServicePortSpec? Port(DeclObject port)
    {
        if (port.Scalar("Port")?.Number is not { } number)
        {
            return null;
        }

        var span = port.Span!.Value;
        return new ServicePortSpec(
            (int)number,
            port.Int("TargetPort"),
            port.Int("NodePort"),
            ContainerManifest.Protocol(port),
            port.String("Name"),
            span,
            port["Port"]?.Span,
            port["TargetPort"]?.Span,
            port["NodePort"]?.Span,
            port["Name"]?.Span)
        {
            TargetPortName = String(port, "TargetPortName") is { } name && port["TargetPortName"]?.Span is not null ? name : null,
        };
    }
}
