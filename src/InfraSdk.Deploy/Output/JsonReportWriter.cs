using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using InfraSdk.Deploy.Planning;

namespace InfraSdk.Deploy.Output;

/// <summary>
/// The JSON document of <c>--output json</c>: <c>changes</c>, <c>conflicts</c>, <c>problems</c>, <c>probes</c> and
/// <c>error</c>, with kebab-case values (<c>no-local-endpoint</c>); <c>notes</c> (destroy) and <c>ports</c> (ports) only
/// from the commands that fill them.
/// </summary>
internal static class JsonReportWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
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
                reason = change.Reason,
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
                attempts = probe.Attempts,
                detail = probe.Detail,
            }),
            error = report.Error,
        };
        var json = JsonSerializer.SerializeToNode(document, Options)!.AsObject();
        if (report.Notes is { } notes)
        {
            json.Insert(json.IndexOf("error"), "notes", JsonSerializer.SerializeToNode(notes, Options));
        }

        if (report.Ports is { } usage)
        {
            json.Insert(json.IndexOf("error"), "ports", JsonSerializer.SerializeToNode(Ports(usage), Options));
        }

        if (report.Access is { } access)
        {
            json.Insert(json.IndexOf("error"), "access", JsonSerializer.SerializeToNode(Access(access), Options));
        }

        output.WriteLine(json.ToJsonString(Options));
        output.Flush();
    }

    private static object Access(Access.AccessReport access) => new
    {
        directory = access.Directory,
        files = access.Files.Select(file => new { name = file.Name, path = Path.Combine(access.Directory, file.Name), written = file.Written }),
        nodes = access.Nodes,
        services = access.Services,
        ports = access.Ports,
        backends = access.Backends,
        answered = access.Answered,
        rewrites = access.Rewrites,
        anySource = access.AnySource,
    };

    private static object Ports(NodePortUsage usage)
    {
        var range = usage.Range;
        return new
        {
            range = new { first = range.First, last = range.Last },
            bands = new[]
            {
                Band("static", range.First, range.StaticBandLast, usage.StaticHeld, range.StaticBandSize),
                Band("dynamic", range.StaticBandLast + 1, range.Last, usage.DynamicHeld, usage.DynamicSize),
            },
            holders = usage.Held.Select(holder => new { nodePort = holder.NodePort, heldBy = holder.Holder }),
            claims = usage.Claims.Select(claim => new
            {
                service = claim.Claim.Service.Key.QualifiedName,
                port = claim.Claim.Where,
                nodePort = claim.Claim.NodePort,
                band = claim.Band,
                state = claim.State,
            }),
        };
    }

    private static object Band(string name, int first, int last, int held, int size) =>
        new { band = name, first, last, held, free = size - held };

    /// <summary>"create", "no-local-endpoint": an enum value as the JSON spells it.</summary>
    public static string Spell<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
