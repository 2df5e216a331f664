using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Extraction.Model;
using InfraSdk.Manifests;

namespace InfraSdk.Extraction.Parsing;

/// <summary>The typed views of a declaration that nodePort claims and code fixes read: name, namespace and Service ports.</summary>
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
            declaration?.Objects("Ports").Where(_ => kind != ResourceKind.Deployment).Select(Port).OfType<ServicePortSpec>().ToEquatableArray() ?? EquatableArray<ServicePortSpec>.Empty,
            Int(declaration, "HealthCheckNodePort"));

    private static Spanned<string>? String(DeclObject? obj, string name) =>
        obj?[name] is DeclScalar { Kind: ScalarKind.String } scalar ? new Spanned<string>(scalar.Text, scalar.Span ?? obj.Span!.Value) : null;

    private static Spanned<int>? Int(DeclObject? obj, string name) =>
        obj?[name] is DeclScalar { Number: { } number } scalar && number is >= int.MinValue and <= int.MaxValue
            ? new Spanned<int>((int)number, scalar.Span ?? obj.Span!.Value)
            : null;

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
            port["Name"]?.Span);
    }
}
