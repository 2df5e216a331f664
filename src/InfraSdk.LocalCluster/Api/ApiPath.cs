namespace InfraSdk.LocalCluster.Api;

/// <summary>A resource URL taken apart: /api/v1/namespaces/{ns}/services/{name}, /apis/apps/v1/deployments, ...,
/// with the subresource after the name (/status, /scale, /log) when there is one.</summary>
internal sealed record ApiPath(ResourceType Type, string? Namespace, string? Name, string? Subresource = null)
{
    /// <summary>Parses the segments after /api/v1 or /apis/{group}/{version}; null when no resource (or subresource) matches.</summary>
    public static ApiPath? Parse(string group, string version, IReadOnlyList<string> rest)
    {
        if (rest.Count >= 3 && rest[0] == "namespaces" && ResourceType.Find(group, version, rest[2]) is { Namespaced: true } namespaced)
        {
            return rest.Count switch
            {
                3 => new ApiPath(namespaced, rest[1], null),
                4 => new ApiPath(namespaced, rest[1], rest[3]),
                5 when namespaced.Subresources.Contains(rest[4]) => new ApiPath(namespaced, rest[1], rest[3], rest[4]),
                _ => null,
            };
        }

        if (rest.Count is 1 or 2 && ResourceType.Find(group, version, rest[0]) is { } type)
        {
            return new ApiPath(type, null, rest.Count == 2 ? rest[1] : null);
        }

        return null;
    }
}
