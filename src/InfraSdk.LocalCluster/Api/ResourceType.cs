using k8s;
using k8s.Models;

namespace InfraSdk.LocalCluster.Api;

/// <summary>
/// A REST resource the embedded API server serves, with the names discovery and error messages use; <see cref="Decode"/>
/// reads a body as the typed model and throws when a field has the wrong JSON type.
/// </summary>
internal sealed record ResourceType(
    string Group,
    string Version,
    string Plural,
    string Singular,
    string Kind,
    bool Namespaced,
    IReadOnlyList<string> ShortNames,
    IReadOnlyList<string> Verbs,
    Action<string> Decode)
{
    private static readonly string[] ReadVerbs = ["get", "list"];
    private static readonly string[] AllVerbs = ["create", "delete", "get", "list", "patch", "update"];

    public static readonly ResourceType Namespaces = new("", "v1", "namespaces", "namespace", "Namespace", false, ["ns"], ["create", "delete", "get", "list", "patch", "update"], json => KubernetesJson.Deserialize<V1Namespace>(json));
    public static readonly ResourceType Nodes = new("", "v1", "nodes", "node", "Node", false, ["no"], ["get", "list", "patch", "update"], json => KubernetesJson.Deserialize<V1Node>(json));
    public static readonly ResourceType Services = new("", "v1", "services", "service", "Service", true, ["svc"], AllVerbs, json => KubernetesJson.Deserialize<V1Service>(json));
    public static readonly ResourceType Endpoints = new("", "v1", "endpoints", "endpoints", "Endpoints", true, ["ep"], ReadVerbs, json => KubernetesJson.Deserialize<V1Endpoints>(json));
    public static readonly ResourceType Deployments = new("apps", "v1", "deployments", "deployment", "Deployment", true, ["deploy"], AllVerbs, json => KubernetesJson.Deserialize<V1Deployment>(json));

    public static readonly IReadOnlyList<ResourceType> All = [Namespaces, Nodes, Services, Endpoints, Deployments];

    /// <summary>"v1" or "apps/v1", as apiVersion spells it.</summary>
    public string GroupVersion => Group.Length == 0 ? Version : Group + "/" + Version;

    /// <summary>"services" or "deployments.apps", as the API server names a resource in its messages.</summary>
    public string QualifiedResource => Group.Length == 0 ? Plural : Plural + "." + Group;

    /// <summary>"Service" or "Deployment.apps", as the API server names a kind in "is invalid" messages.</summary>
    public string QualifiedKind => Group.Length == 0 ? Kind : Kind + "." + Group;

    public string ListKind => Kind + "List";

    /// <summary>The discovery categories: Services and Deployments are part of "kubectl get all".</summary>
    public IReadOnlyList<string> Categories => this == Services || this == Deployments ? ["all"] : [];

    public bool IsWritable => Verbs.Contains("create");

    public static ResourceType? Find(string group, string version, string plural) =>
        All.FirstOrDefault(type => type.Group == group && type.Version == version && type.Plural == plural);
}
