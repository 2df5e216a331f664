using System.Text.Json.Nodes;

namespace InfraSdk.LocalCluster.Tests.Durability;

/// <summary>
/// What a stream of writes was told: the objects whose create was acknowledged (with the nodePorts the answer
/// carried), the annotations whose addition to a ConfigMap was acknowledged, the Services whose delete was
/// acknowledged, and the writes whose fate is unknown because the server died
/// before answering. Every nodePort any request named or any answer carried is kept, to ask the allocator about later.
/// </summary>
internal sealed class WriteLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Resource, string Name), int[]> _created = [];
    private readonly HashSet<string> _deletedServices = [];
    private readonly HashSet<(string Resource, string Name)> _unknown = [];
    private readonly HashSet<int> _portsSeen = [];
    private readonly List<string> _deletableServices = [];
    private readonly List<string> _configMaps = [];
    private readonly Dictionary<string, List<string>> _annotations = [];
    private readonly Random _random;

    public WriteLedger(int seed) => _random = new Random(seed);

    public int Acknowledged { get; private set; }

    public int Refused { get; private set; }

    public int Unanswered { get; private set; }

    /// <summary>Answers of 500 or above: a write the server failed, which these writes never should cause.</summary>
    public int ServerErrors { get; private set; }

    public IReadOnlyDictionary<(string Resource, string Name), int[]> Created
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<(string, string), int[]>(_created);
            }
        }
    }

    public IReadOnlySet<string> DeletedServices
    {
        get
        {
            lock (_gate)
            {
                return _deletedServices.ToHashSet();
            }
        }
    }

    public IReadOnlySet<(string Resource, string Name)> Unknown
    {
        get
        {
            lock (_gate)
            {
                return _unknown.ToHashSet();
            }
        }
    }

    public IReadOnlySet<int> PortsSeen
    {
        get
        {
            lock (_gate)
            {
                return _portsSeen.ToHashSet();
            }
        }
    }

    public void Requested(int port)
    {
        lock (_gate)
        {
            _portsSeen.Add(port);
        }
    }

    public void CreateAcknowledged(string resource, string name, JsonNode answer)
    {
        var ports = NodePorts(answer);
        lock (_gate)
        {
            Acknowledged++;
            _created[(resource, name)] = ports;
            _portsSeen.UnionWith(ports);
            if (resource == "services")
            {
                _deletableServices.Add(name);
            }
            else if (resource == "configmaps")
            {
                _configMaps.Add(name);
            }
        }
    }

    /// <summary>The annotation keys each ConfigMap was acknowledged to have been given.</summary>
    public IReadOnlyDictionary<string, string[]> Annotations
    {
        get
        {
            lock (_gate)
            {
                return _annotations.ToDictionary(entry => entry.Key, entry => entry.Value.ToArray());
            }
        }
    }

    /// <summary>An acknowledged ConfigMap to update; null when there is none.</summary>
    public string? PickConfigMap()
    {
        lock (_gate)
        {
            return _configMaps.Count == 0 ? null : _configMaps[_random.Next(_configMaps.Count)];
        }
    }

    public void AnnotationAcknowledged(string configMap, string key)
    {
        lock (_gate)
        {
            Acknowledged++;
            (_annotations.TryGetValue(configMap, out var keys) ? keys : _annotations[configMap] = []).Add(key);
        }
    }

    /// <summary>How many acknowledged Services are neither deleted nor being deleted.</summary>
    public int LiveServices
    {
        get
        {
            lock (_gate)
            {
                return _deletableServices.Count;
            }
        }
    }

    /// <summary>Takes an acknowledged Service out of the pool to delete it; null when there is none.</summary>
    public string? ClaimServiceToDelete()
    {
        lock (_gate)
        {
            if (_deletableServices.Count == 0)
            {
                return null;
            }

            var index = _random.Next(_deletableServices.Count);
            var name = _deletableServices[index];
            _deletableServices.RemoveAt(index);
            _unknown.Add(("services", name));
            return name;
        }
    }

    public void DeleteAcknowledged(string name)
    {
        lock (_gate)
        {
            Acknowledged++;
            _unknown.Remove(("services", name));
            _created.Remove(("services", name));
            _deletedServices.Add(name);
        }
    }

    public void WriteRefused()
    {
        lock (_gate)
        {
            Refused++;
        }
    }

    /// <summary>The server died before answering, or failed: the object may or may not be there.</summary>
    public void WriteUnanswered(string resource, string name, bool serverError)
    {
        lock (_gate)
        {
            Unanswered++;
            ServerErrors += serverError ? 1 : 0;
            _unknown.Add((resource, name));
        }
    }

    /// <summary>Every nodePort and healthCheckNodePort of a Service (none for other kinds).</summary>
    public static int[] NodePorts(JsonNode? service) =>
    [
        .. (service?["spec"]?["ports"]?.AsArray() ?? []).Select(port => (int?)port?["nodePort"] ?? 0)
            .Append((int?)service?["spec"]?["healthCheckNodePort"] ?? 0)
            .Where(port => port != 0)
            .Distinct(),
    ];
}
