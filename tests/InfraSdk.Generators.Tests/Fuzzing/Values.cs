using CsCheck;
using Microsoft.CodeAnalysis.CSharp;

namespace InfraSdk.Generators.Tests.Fuzzing;

/// <summary>
/// The C# expressions that fill a declaration: names (mostly from a small pool, so that references between
/// declarations often match), ports, counts and quantities, each now and then at an extreme, and now and then not a
/// compile-time constant.
/// </summary>
internal static class Values
{
    /// <summary>The names a declaration and the ones referring to it draw from.</summary>
    private static readonly Gen<string> Pooled = Gen.OneOf("web", "api", "db", "cache", "config", "creds", "http", "grpc", "tls", "worker");

    private static readonly Gen<string> Odd = Gen.OneOf<string>(
        Gen.OneOf("", "UPPER_case", "café-ñ", "名前", "😀-emoji", "quote\"back\\slash\nline", "-lead", "trail-", "a.b", "tab\tsep", "\0nul", "\uD800lone"),
        Gen.Int[60, 70].Select(length => new string('a', length)));

    private static readonly Gen<string> Huge = Gen.Int[1_000, 20_000].Select(length => new string('x', length));

    private static readonly Gen<string> Dns = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"].Array[1, 24].Select(chars => new string(chars));

    public static readonly Gen<string> Text = Gen.Frequency<string>((40, Pooled), (15, Dns), (10, Odd), (1, Huge));

    /// <summary>A string expression: usually a literal, sometimes a constant built otherwise or a value known only at run time.</summary>
    public static readonly Gen<string> Str = Gen.Frequency<string>(
        (20, Text.Select(Literal)),
        (1, Gen.OneOf("Const", "nameof(Helper)", "\"a\" + \"b\"", "$\"{Const}-x\"", "@\"verbatim\"", "\"\"\"raw\"\"\"", "\"a\" + Const", "nameof(Deployment.Name)", "(\"x\")")),
        (1, Gen.OneOf("Helper()", "System.Environment.GetEnvironmentVariable(\"X\")!", "null!", "default!", "string.Empty", "null", "$\"{Helper()}\"", "(string)null!", "Flag ? \"a\" : \"b\"")));

    public static readonly Gen<int> PortNumber = Gen.Frequency<int>(
        (6, Gen.Int[1, 65_535]),
        (4, Gen.Int[30_000, 32_767]),
        (2, Gen.OneOf(0, -1, 65_535, 65_536, 29_999, 32_768, int.MaxValue, int.MinValue)));

    /// <summary>An int expression: a port-like literal, an extreme, or a value known only at run time.</summary>
    public static readonly Gen<string> Int = Gen.Frequency<string>(
        (20, PortNumber.Select(number => number.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("int.MaxValue", "int.MinValue", "-0", "0x7FFF", "30_000", "(int)3e4", "unchecked(int.MaxValue + 1)", "'a'", "Count", "checked(1 + 2)", "default", "(int)Protocol.Udp", "Count * 10_000", "-(-5)", "1 << 31", "(short)-1", "0b1")),
        (1, Gen.OneOf("Number()", "int.Parse(\"1\")", "System.Environment.ProcessorCount", "Flag ? 1 : 2", "null", "(int?)null")));

    public static readonly Gen<string> Long = Gen.Frequency<string>((4, Int), (1, Gen.OneOf("long.MaxValue", "long.MinValue", "4294967296L")));

    public static readonly Gen<string> Bool = Gen.OneOf("true", "false", "Flag", "!Flag");

    public static readonly Gen<string> Quantity = Gen.Frequency<string>(
        (6, Gen.OneOf("100m", "1", "0.5", "256Mi", "1Gi", "2", "500m", "1.5", "64Ki", "1e3").Select(Literal)),
        (2, Gen.OneOf("", "abc", "-1", "1.5.5", "1e99999999999", "99999999999999999999999999999Ei", "1e-40", "0.0000000001n", "1 Gi", "Mi", "1e28", "1e29").Select(Literal)),
        (1, Str));

    /// <summary>A count or percentage as Kubernetes' IntOrString fields take them.</summary>
    public static readonly Gen<string> CountOrPercent = Gen.OneOf("1", "25%", "0", "100%", "150%", "-1", "x%", "%", "2147483648").Select(Literal);

    /// <summary>An enum member expression, sometimes out of range or cast from a number.</summary>
    public static Gen<string> Enum(string type, params string[] members) =>
        Gen.Frequency<string>(
            (8, Gen.OneOf(members).Select(member => type + "." + member)),
            (1, Gen.OneOf("(" + type + ")99", "(" + type + ")(-1)", "default(" + type + ")", "(" + type + ")1")));

    /// <summary>A dictionary initializer, its entries all in one of the three spellings (a key may come twice), now and then assigned a new dictionary.</summary>
    public static Gen<string> Entries(Gen<string> value) =>
        Gen.Select(Gen.Select(Str, value).Array[0, 3], Gen.Int[0, 2], Gen.OneOf("", "", "", "new() ", "new System.Collections.Generic.Dictionary<string, string>() "), (entries, style, created) => created + "{ " + string.Join(", ", entries.Select(entry => style switch
        {
            0 => $"[{entry.Item1}] = {entry.Item2}",
            1 => $"{{ {entry.Item1}, {entry.Item2} }}",
            _ => $"[{entry.Item1}] = {entry.Item2}, [{entry.Item1}] = {entry.Item2}",
        })) + " }");

    /// <summary>A list of items as a collection initializer, a collection expression or an initializer with a trailing comma.</summary>
    public static Gen<string> Items(Gen<string> item) =>
        Gen.Select(item.Array[0, 3], Gen.Int[0, 2], (items, style) => style switch
        {
            0 => "{ " + string.Join(", ", items) + " }",
            1 => "[" + string.Join(", ", items) + "]",
            _ => "{ " + string.Concat(items.Select(i => i + ", ")) + "}",
        });

    public static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);
}
