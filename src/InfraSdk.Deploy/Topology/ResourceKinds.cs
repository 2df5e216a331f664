namespace InfraSdk.Deploy.Topology;

/// <summary>The kinds a topology holds, in the order they are applied; deletes go the other way.</summary>
internal static class ResourceKinds
{
    public const string Namespace = "Namespace";
    public const string Deployment = "Deployment";
    public const string Service = "Service";

    public static readonly IReadOnlyList<string> ApplyOrder = [Namespace, Deployment, Service];

    public static readonly IReadOnlyList<string> DeleteOrder = [Service, Deployment, Namespace];

    /// <summary>Namespaces the API server keeps for itself; never deleted, whatever their labels say.</summary>
    public static readonly IReadOnlySet<string> SystemNamespaces = new HashSet<string>(StringComparer.Ordinal)
    {
        "default", "kube-system", "kube-public", "kube-node-lease",
    };

    public static int ApplyRank(string kind) => Rank(ApplyOrder, kind);

    public static int DeleteRank(string kind) => Rank(DeleteOrder, kind);

    private static int Rank(IReadOnlyList<string> order, string kind)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == kind)
            {
                return i;
            }
        }

        return order.Count;
    }
}
