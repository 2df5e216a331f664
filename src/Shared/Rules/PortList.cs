using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;

namespace InfraSdk.Rules;

/// <summary>Container or Service ports as messages list them.</summary>
internal static class PortList
{
    /// <summary>"8080 (http), 9090", or "none".</summary>
    public static string Describe(IEnumerable<DeclObject> ports)
    {
        var described = ports
            .Select(port => port.String("Name") is { } name ? port.Int("Port") + " (" + name + ")" : port.Int("Port") + string.Empty)
            .Distinct()
            .ToList();
        return described.Count == 0 ? "none" : string.Join(", ", described);
    }
}
