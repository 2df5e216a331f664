using InfraSdk.Declarations;
using InfraSdk.Manifests;

namespace InfraSdk.Rules;

/// <summary>One declaration a rule looks at: the model object, and the namespace of its topology.</summary>
internal sealed record DeclaredResource(DeclObject Declaration, string TopologyNamespace)
{
    public string Type => Declaration.Type;

    public string Name => Declaration.String("Name") ?? string.Empty;

    public string Namespace => ObjectMetadata.NamespaceOf(Declaration, TopologyNamespace);

    /// <summary>"shop/my-web-app", as messages name a resource.</summary>
    public string Display => Namespace + "/" + Name;
}
