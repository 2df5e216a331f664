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
    public static readonly ResourceType Nodes = new("", "v1", "nodes", "node", "Node", false, ["no"], ["delete", "get", "list", "patch", "update"], json => KubernetesJson.Deserialize<V1Node>(json));
    public static readonly ResourceType Services = new("", "v1", "services", "service", "Service", true, ["svc"], AllVerbs, json => KubernetesJson.Deserialize<V1Service>(json));
    public static readonly ResourceType Endpoints = new("", "v1", "endpoints", "endpoints", "Endpoints", true, ["ep"], ReadVerbs, json => KubernetesJson.Deserialize<V1Endpoints>(json));
    public static readonly ResourceType Deployments = new("apps", "v1", "deployments", "deployment", "Deployment", true, ["deploy"], AllVerbs, json => KubernetesJson.Deserialize<V1Deployment>(json));
    public static readonly ResourceType ConfigMaps = new("", "v1", "configmaps", "configmap", "ConfigMap", true, ["cm"], AllVerbs, json => KubernetesJson.Deserialize<V1ConfigMap>(json));
    public static readonly ResourceType Secrets = new("", "v1", "secrets", "secret", "Secret", true, [], AllVerbs, SecretDecoding.Decode);
    public static readonly ResourceType ServiceAccounts = new("", "v1", "serviceaccounts", "serviceaccount", "ServiceAccount", true, ["sa"], AllVerbs, json => KubernetesJson.Deserialize<V1ServiceAccount>(json));
    public static readonly ResourceType StatefulSets = new("apps", "v1", "statefulsets", "statefulset", "StatefulSet", true, ["sts"], AllVerbs, json => KubernetesJson.Deserialize<V1StatefulSet>(json));
    public static readonly ResourceType HorizontalPodAutoscalers = new("autoscaling", "v2", "horizontalpodautoscalers", "horizontalpodautoscaler", "HorizontalPodAutoscaler", true, ["hpa"], AllVerbs, json => KubernetesJson.Deserialize<V2HorizontalPodAutoscaler>(json));
    public static readonly ResourceType CronJobs = new("batch", "v1", "cronjobs", "cronjob", "CronJob", true, ["cj"], AllVerbs, json => KubernetesJson.Deserialize<V1CronJob>(json));
    public static readonly ResourceType Ingresses = new("networking.k8s.io", "v1", "ingresses", "ingress", "Ingress", true, ["ing"], AllVerbs, json => KubernetesJson.Deserialize<V1Ingress>(json));
    public static readonly ResourceType NetworkPolicies = new("networking.k8s.io", "v1", "networkpolicies", "networkpolicy", "NetworkPolicy", true, ["netpol"], AllVerbs, json => KubernetesJson.Deserialize<V1NetworkPolicy>(json));
    public static readonly ResourceType PodDisruptionBudgets = new("policy", "v1", "poddisruptionbudgets", "poddisruptionbudget", "PodDisruptionBudget", true, ["pdb"], AllVerbs, json => KubernetesJson.Deserialize<V1PodDisruptionBudget>(json));
    public static readonly ResourceType Pods = new("", "v1", "pods", "pod", "Pod", true, ["po"], AllVerbs, json => KubernetesJson.Deserialize<V1Pod>(json));
    public static readonly ResourceType ReplicaSets = new("apps", "v1", "replicasets", "replicaset", "ReplicaSet", true, ["rs"], AllVerbs, json => KubernetesJson.Deserialize<V1ReplicaSet>(json));
    public static readonly ResourceType EndpointSlices = new("discovery.k8s.io", "v1", "endpointslices", "endpointslice", "EndpointSlice", true, [], ReadVerbs, json => KubernetesJson.Deserialize<V1EndpointSlice>(json));
    public static readonly ResourceType Events = new("", "v1", "events", "event", "Event", true, ["ev"], AllVerbs, json => KubernetesJson.Deserialize<Corev1Event>(json));

    /// <summary>events.k8s.io/v1: the same stored Events as <see cref="Events"/>, in the newer shape (read only here).</summary>
    public static readonly ResourceType EventsV1 = new("events.k8s.io", "v1", "events", "event", "Event", true, ["ev"], ReadVerbs, json => KubernetesJson.Deserialize<Eventsv1Event>(json));

    public static readonly IReadOnlyList<ResourceType> All =
    [
        Namespaces, Nodes, Pods, Services, Endpoints, Deployments, ReplicaSets, ConfigMaps, Secrets, ServiceAccounts, StatefulSets,
        HorizontalPodAutoscalers, CronJobs, Ingresses, NetworkPolicies, PodDisruptionBudgets, EndpointSlices, Events, EventsV1,
    ];

    /// <summary>"v1" or "apps/v1", as apiVersion spells it.</summary>
    public string GroupVersion => Group.Length == 0 ? Version : Group + "/" + Version;

    /// <summary>"services" or "deployments.apps", as the API server names a resource in its messages.</summary>
    public string QualifiedResource => Group.Length == 0 ? Plural : Plural + "." + Group;

    /// <summary>"Service" or "Deployment.apps", as the API server names a kind in "is invalid" messages.</summary>
    public string QualifiedKind => Group.Length == 0 ? Kind : Kind + "." + Group;

    public string ListKind => Kind + "List";

    /// <summary>The discovery categories: the kinds kube-apiserver lists under "kubectl get all".</summary>
    public IReadOnlyList<string> Categories =>
        this == Services || this == Deployments || this == StatefulSets || this == HorizontalPodAutoscalers || this == CronJobs || this == Pods || this == ReplicaSets ? ["all"] : [];

    /// <summary>The subresources served beside the resource: /status, /scale (as autoscaling/v1 Scale) and a pod's /log.</summary>
    public IReadOnlyList<string> Subresources =>
        this == Deployments || this == ReplicaSets ? ["scale", "status"]
        : this == Pods ? ["log", "status"]
        : [];

    public bool IsWritable => Verbs.Contains("create");

    public bool IsDeletable => Verbs.Contains("delete");

    public static ResourceType? Find(string group, string version, string plural) =>
        All.FirstOrDefault(type => type.Group == group && type.Version == version && type.Plural == plural);
}
