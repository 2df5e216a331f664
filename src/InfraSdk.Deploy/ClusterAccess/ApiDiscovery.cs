using System.Collections.Concurrent;
using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Topology;
using k8s;

namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>
/// Maps apiVersion and kind to the resource that serves them, from the API server's discovery documents: <c>/apis</c>
/// for each group's preferred version, and one resource list per group-version actually used, each fetched once a run.
/// </summary>
internal sealed class ApiDiscovery(IKubernetes client, ApiResilience resilience)
{
    private const string CoreVersion = "v1";

    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<ApiResource>>>> _resources = new(StringComparer.Ordinal);
    private Task<IReadOnlyDictionary<string, string>>? _preferredVersions;

    /// <summary>The resource serving <paramref name="kind"/> in <paramref name="apiVersion"/>; a cluster that does not serve it is the user's to fix.</summary>
    public async Task<ApiResource> ResolveAsync(string apiVersion, string kind, CancellationToken cancellationToken) =>
        (await ResourcesAsync(apiVersion, cancellationToken)).FirstOrDefault(resource => resource.Kind == kind)
        ?? throw new CommandException($"The cluster does not serve {kind} in {apiVersion}; InfraSdk cannot apply it there.", ExitCodes.Usage);

    /// <summary>The resource for a kind in its group's preferred version, or null when the cluster no longer serves the kind.</summary>
    public async Task<ApiResource?> PreferredAsync(GroupKind kind, CancellationToken cancellationToken)
    {
        var groupVersion = kind.Group.Length == 0 ? CoreVersion : (await LazyInitializer.EnsureInitialized(ref _preferredVersions, () => ReadPreferredVersionsAsync(client, resilience, cancellationToken))).GetValueOrDefault(kind.Group);
        return groupVersion is null ? null : (await ResourcesAsync(groupVersion, cancellationToken)).FirstOrDefault(resource => resource.Kind == kind.Kind);
    }

    private Task<IReadOnlyList<ApiResource>> ResourcesAsync(string groupVersion, CancellationToken cancellationToken) =>
        _resources.GetOrAdd(groupVersion, key => new Lazy<Task<IReadOnlyList<ApiResource>>>(() => ReadResourcesAsync(key, cancellationToken))).Value;

    private async Task<IReadOnlyList<ApiResource>> ReadResourcesAsync(string groupVersion, CancellationToken cancellationToken)
    {
        var group = GroupKind.GroupOf(groupVersion);
        var version = groupVersion[(groupVersion.IndexOf('/') + 1)..];
        try
        {
            var list = await resilience.Transient.ExecuteAsync(
                async ct => await client.CustomObjects.GetAPIResourcesAsync(group, version, ct), cancellationToken);
            return list.Resources
                .Where(resource => !resource.Name.Contains('/'))
                .Select(resource => new ApiResource(group, version, resource.Name, resource.Kind, resource.Namespaced))
                .ToList();
        }
        catch (k8s.Autorest.HttpOperationException error) when (ApiStatus.IsNotFound(error))
        {
            return [];
        }
    }

    private static async Task<IReadOnlyDictionary<string, string>> ReadPreferredVersionsAsync(IKubernetes client, ApiResilience resilience, CancellationToken cancellationToken)
    {
        var groups = await resilience.Transient.ExecuteAsync(async ct => await client.Apis.GetAPIVersionsAsync(ct), cancellationToken);
        return groups.Groups.ToDictionary(group => group.Name, group => group.PreferredVersion?.GroupVersion ?? group.Versions[0].GroupVersion, StringComparer.Ordinal);
    }
}
