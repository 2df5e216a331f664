using System.Text.Json;

namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>Reads the --output json document a command printed.</summary>
internal static class JsonReport
{
    public static JsonElement Parse(CliResult result)
    {
        try
        {
            return JsonDocument.Parse(result.Out).RootElement;
        }
        catch (JsonException error)
        {
            Assert.Fail($"stdout is not one JSON document ({error.Message}): {result}");
            throw;
        }
    }

    public static IEnumerable<JsonElement> Items(this JsonElement report, string name) => report.GetProperty(name).EnumerateArray();

    public static string Text(this JsonElement element, string name) => element.GetProperty(name).GetString()!;
}
