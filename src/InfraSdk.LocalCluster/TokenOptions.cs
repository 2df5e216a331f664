namespace InfraSdk.LocalCluster;

/// <summary>
/// What a further bearer token, issued by <see cref="LocalCluster.IssueToken"/>, may do. By default it acts like the
/// cluster's own token: it never expires and may write everywhere. Reads (get, list) are always allowed.
/// </summary>
public sealed class TokenOptions
{
    /// <summary>The user the API server names in its 403 messages: <c>User "&lt;user&gt;" cannot create ...</c>.</summary>
    public string User { get; init; } = "infrasdk-user";

    /// <summary>
    /// How long after issue the token stops working; from then on every request with it is answered 401 with the
    /// API server's Status body (<c>"message":"Unauthorized","reason":"Unauthorized","code":401</c>). Zero issues a
    /// token that has already expired. Null: it never expires.
    /// </summary>
    public TimeSpan? ExpiresAfter { get; init; }

    /// <summary>
    /// The namespaces whose objects the token may create, update, patch and delete, as a RoleBinding of the
    /// <c>edit</c> ClusterRole in each of them would allow. Any other write, including one of a cluster-scoped
    /// resource (a Namespace, a Node), is answered 403 Forbidden in the RBAC authorizer's words:
    /// <c>services "web" is forbidden: User "ci" cannot patch resource "services" in API group "" in the namespace "other"</c>.
    /// Null: it may write everywhere.
    /// </summary>
    public IReadOnlyCollection<string>? WritableNamespaces { get; init; }
}
