using System.Text;
using Humanizer;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Secrets;

/// <summary>
/// Puts every Secret's values into the stringData of the object sent, before any request: each source read from the
/// environment or a file, every value handed to the redactor first.
/// A source that is not set is an error, except on a throwaway cluster (<paramref name="generateMissing"/>, --local),
/// where it gets a random value and a note per Secret says so.
/// </summary>
internal static class SecretResolution
{
    public static IReadOnlyList<string> Apply(DesiredTopology topology, SecretValues values, SecretRedactor redactor, bool generateMissing)
    {
        var resolved = topology.Objects
            .Where(o => o.Secret is not null)
            .Select(secret => (Secret: secret, Values: SecretSourcesAnnotation.Read(secret).Select(source => (Source: source, Value: values.Read(source))).ToList()))
            .Where(pair => pair.Values.Count > 0)
            .ToList();
        var missing = resolved.SelectMany(pair => pair.Values.Where(v => v.Value is null).Select(v => (pair.Secret, v.Source))).ToList();
        if (missing.Count > 0 && !generateMissing)
        {
            throw new CommandException(MissingMessage(missing), ExitCodes.Usage);
        }

        var notes = new List<string>();
        foreach (var (secret, sourced) in resolved)
        {
            var stringData = secret.Secret!.StringData ??= new Dictionary<string, string>();
            foreach (var (source, value) in sourced)
            {
                var final = value ?? SecretValues.Generate();
                Mask(redactor, final);
                stringData[source.Key] = final;
            }

            var generated = sourced.Where(v => v.Value is null).Select(v => v.Source).ToList();
            if (generated.Count > 0)
            {
                notes.Add($"{secret.Key}: generated random {"value".ToQuantity(generated.Count, ShowQuantityAs.None)} for {ShortList.Of(generated.Select(s => s.Key))} "
                    + $"because {ShortList.Of(generated.Select(s => s.ToString()))} {(generated.Count == 1 ? "is" : "are")} not set (--local only).");
            }
        }

        return notes;
    }

    /// <summary>The value, its base64 form (as the API returns it) and each of its lines, since output is masked line by line.</summary>
    private static void Mask(SecretRedactor redactor, string value)
    {
        redactor.Add(value);
        redactor.Add(Convert.ToBase64String(Encoding.UTF8.GetBytes(value)));
        foreach (var line in value.Split('\n'))
        {
            redactor.Add(line.TrimEnd('\r'));
        }
    }

    private static string MissingMessage(IReadOnlyList<(DesiredObject Secret, SecretSource Source)> missing)
    {
        var (secret, source) = missing[0];
        return missing.Count == 1
            ? $"{secret.Key} key {source.Key} needs {source}, which is not set; set it, or run with --local to use a generated value."
            : $"{missing.Count} Secret sources are not set ({ShortList.Of(missing.Select(m => $"{m.Source} for {m.Secret.Key} key {m.Source.Key}"))}); set them, or run with --local to use generated values.";
    }
}
