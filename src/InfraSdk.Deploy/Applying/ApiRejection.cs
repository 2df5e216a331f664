using System.Net;
using System.Text.RegularExpressions;
using InfraSdk.Deploy.Topology;
using k8s.Autorest;

namespace InfraSdk.Deploy.Applying;

/// <summary>
/// Turns an API server's refusal into a sentence about the user's declaration: which object, which port entry, which
/// field, and the server's own words; never an HTTP dump.
/// </summary>
internal static partial class ApiRejection
{
    public static string Describe(DesiredObject desired, HttpOperationException error)
    {
        var status = ApiStatus.Read(error);
        var causes = status?.Details?.Causes ?? [];
        if (error.Response?.StatusCode == HttpStatusCode.Conflict && causes.Any(cause => cause.Reason == "FieldManagerConflict"))
        {
            var fields = causes.Select(cause => $"{cause.Field} ({cause.Message})");
            return $"{desired.Key}: fields are managed by another field manager: {string.Join("; ", fields)}. Rerun with --force-conflicts to take them over.";
        }

        if (error.Response?.StatusCode == HttpStatusCode.UnprocessableEntity && causes.Count > 0)
        {
            return string.Join(" ", causes.Select(cause => $"{desired.Key} {Locate(desired, cause.Field)}: {cause.Message?.TrimEnd('.')}."));
        }

        return $"{desired.Key}: {ApiStatus.Message(error).TrimEnd('.')}.";
    }

    /// <summary>"Ports[0] (80/TCP) nodePort" for spec.ports[0].nodePort; other fields as the server names them.</summary>
    private static string Locate(DesiredObject desired, string? field)
    {
        if (field is null)
        {
            return "";
        }

        var match = PortField().Match(field);
        if (match.Success && desired.Service?.Spec?.Ports is { } ports && int.TryParse(match.Groups[1].Value, out var index) && index < ports.Count)
        {
            var port = ports[index];
            var name = port.Name is null ? "" : $" \"{port.Name}\"";
            return $"Ports[{index}]{name} ({port.Port}/{port.Protocol ?? "TCP"}) {match.Groups[2].Value}";
        }

        return field;
    }

    [GeneratedRegex(@"^spec\.ports\[(\d+)\]\.?(.*)$")]
    private static partial Regex PortField();
}
