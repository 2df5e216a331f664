using InfraSdk.Generators.Yaml;
using k8s;
using k8s.Models;

namespace InfraSdk.Generators.Tests.Yaml;

/// <summary>The generator's YAML writer against KubernetesYaml itself, string by string, as values and as keys.</summary>
public class YamlScalarTests
{
    private static readonly string[] Strings =
    [
        "plain", "my-web-app", "nginx:1.27", "a b", "a  b", "ünï", "é", "a\u00a0b", "\ufeffa",
        // YAML 1.1 bools, nulls and numbers: double-quoted
        "yes", "Yes", "YES", "no", "on", "On", "off", "OFF", "y", "Y", "n", "N", "true", "True", "TRUE", "false", "null", "Null", "NULL", "~", "",
        "0", "00", "012", "0755", "09", "-0", "-1", "1.0", "1.", "0.", ".5", "-.5", ".", "-", "-.", "1e3", "E3", "e3", "-1.5e3", "1e+3", "1.e1",
        // look like numbers to YAML 1.1 but not to the quoting rule: plain
        "0x1F", "0o17", "1_000", "+1", "+12", ".inf", "-.inf", ".NaN", "nan", "1e", "0b101", "0x", "--", "..", "3.14.15", "1.0.0", "2024-01-01", "12:30", "<<", "=",
        "YeS", "tRUE", "nULL", "~~", "nulll",
        // indicators
        "*star", "&anchor", "!tag", "#x", "%x", "@x", "`x", "|x", ">x", "'x", "\"x", "{x", "}x", "[x", "]x", ",x", "?", "!", ":", "---", "...", "---x", "...x",
        "-x", "- x", "-\tx", "?x", "? x", ":x", ": x", "x:", "x: ", "a:b", "a: b", "a :b", "a #b", "a#b", "a\t#b", "x,y", "x|y", "x>y", "a...", "$x",
        // quotes and escapes
        "a'b", "a'b c", "a\"b", "a\\b", "it's", "'", "\"",
        // spaces
        " a", "a ", " ", "  ", "a\tb", "\ta", "a\t",
        // line feeds
        "a\nb", "a\n", "\n", "a\n\n", "\na", "a\nb\n\n", "  a\nb", " a\nb", "a \nb", "a\n b", "a\n ", "a\n \nb", "a\tb\nc", "#a\nb", "-\nb", "1\n", "yes\n", "a\n\nb",
        // characters YAML must escape
        "a\u0000b", "a\u0007b", "a\u0008b", "a\u000bb", "a\u000cb", "a\u001bb", "a\u001fb", "a\u007fb", "a\u0080b", "a\ud7ffb", "a\ue000b", "a\ufffeb", "\ud83d\ude00", "x\ud83d\ude00y",
        "a\u0007\nb",
        new string('x', 300), string.Join(" ", Enumerable.Repeat("word", 60)),
    ];

    [Fact]
    public void Values_are_written_as_KubernetesYaml_writes_them()
    {
        var mismatches = new List<string>();
        foreach (var value in Strings)
        {
            var expected = KubernetesYaml.Serialize(KubernetesMapping.ToNamespace(value, value));
            var actual = YamlWriter.Write(ManifestDocuments.Namespace(value, value));
            if (actual != expected)
            {
                mismatches.Add($"{Show(value)}: expected {Show(expected)}, wrote {Show(actual)}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Keys_are_written_as_KubernetesYaml_writes_them_or_left_to_the_runtime()
    {
        var mismatches = new List<string>();
        foreach (var key in Strings)
        {
            var expected = KubernetesYaml.Serialize(new V1Namespace { Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { [key] = "v" } } });
            var actual = YamlWriter.Write(new YamlMapping().Add("metadata", new YamlMapping().Add("labels", new YamlMapping().Add(key, "v"))));
            if (actual is null ? !key.Contains('\n') : actual != expected)
            {
                mismatches.Add($"{Show(key)}: expected {Show(expected)}, wrote {Show(actual)}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("a\rb")]
    [InlineData("a\r\nb")]
    [InlineData("a\u0085b")]
    [InlineData("a\u2028b")]
    [InlineData("a\u2029b")]
    public void Line_breaks_YamlDotNet_folds_are_left_to_the_runtime_mapping(string value) =>
        Assert.Null(YamlWriter.Write(ManifestDocuments.Namespace("ns", value)));

    [Fact]
    public void An_unpaired_surrogate_is_left_to_the_runtime_mapping() =>
        Assert.Null(YamlWriter.Write(ManifestDocuments.Namespace("ns", "a\ud800b")));

    private static string Show(string? text) => text is null ? "null" : System.Text.Json.JsonSerializer.Serialize(text);
}
