using System.Text.Json;
using System.Text.Json.Serialization;

namespace InfraSdk.Deploy.Output;

/// <summary>
/// The JSON document of <c>--output json</c>: <c>changes</c>, <c>conflicts</c>, <c>problems</c>, <c>probes</c> and
/// <c>error</c>, with kebab-case values (<c>no-local-endpoint</c>).
/// </summary>
internal static class JsonReportWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static void Write(TextWriter output, RunReport report)
    {
        var document = new
        {
            changes = report.Changes.Select(change => new
            {
                kind = change.Key.Kind,
                @namespace = change.Key.Namespace,
                name = change.Key.Name,
                action = change.Action,
                fields = change.Fields.Select(field => new { path = field.Path, before = field.Before, after = field.After }),
                problem = change.Problem,
            }),
            conflicts = report.Conflicts.Select(conflict => new
            {
                nodePort = conflict.NodePort,
                heldBy = conflict.HeldBy,
                service = conflict.Claim.Service.Key.QualifiedName,
                port = conflict.Claim.Where,
            }),
            problems = report.Problems,
            probes = report.Probes.Select(probe => new
            {
                node = probe.Target.Node,
                address = probe.Target.Address,
                service = probe.Target.Service,
                nodePort = probe.Target.NodePort,
                protocol = probe.Target.Protocol,
                result = probe.Outcome,
                latencyMs = probe.LatencyMs is { } latency ? Math.Round(latency, 2) : (double?)null,
                detail = probe.Detail,
            }),
            error = report.Error,
        };
        output.WriteLine(JsonSerializer.Serialize(document, Options));
        output.Flush();
    }

    /// <summary>"create", "no-local-endpoint": an enum value as the JSON spells it.</summary>
    public static string Spell<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
