using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Topology;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Planning;

/// <summary>
/// The live version of declared objects, whoever owns them: one list request per resource (in the declared
/// apiVersion) and namespace, never a GET per object. A namespace that does not exist yet simply lists nothing.
/// </summary>
internal static class LiveObjects
{
    public static async Task<IReadOnlyDictionary<ObjectKey, IKubernetesObject<V1ObjectMeta>>> ReadAsync(
        ClusterApi api, IEnumerable<DesiredObject> declared, int parallelism, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<(ApiResource Resource, string? Namespace), HashSet<ObjectKey>>();
        foreach (var desired in declared)
        {
            var resource = await api.ResourceOfAsync(desired, cancellationToken);
            var scope = (resource, resource.Namespaced ? desired.Key.Namespace : null);
            if (!groups.TryGetValue(scope, out var keys))
            {
                groups[scope] = keys = [];
            }

            keys.Add(desired.Key);
        }

        var lists = groups.ToList();
        var found = new List<(ObjectKey, IKubernetesObject<V1ObjectMeta>)>[lists.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, lists.Count), options, async (index, ct) =>
        {
            var ((resource, ns), wanted) = lists[index];
            found[index] = (await api.ListAsync(resource, ns, null, ct))
                .Select(item => (Key: OwnedObjects.KeyOf(resource, item), Item: item))
                .Where(pair => wanted.Contains(pair.Key))
                .ToList();
        });
        return found.SelectMany(pairs => pairs).ToDictionary(pair => pair.Item1, pair => pair.Item2);
    }
}
