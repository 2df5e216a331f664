using System.Text;
using CsCheck;
using static InfraSdk.Generators.Tests.Fuzzing.Values;

namespace InfraSdk.Generators.Tests.Fuzzing;

/// <summary>
/// Whole projects of valid topologies: one to three <c>[Topology]</c> classes of every shape (static partial or not,
/// nested, generic, odd names), each split into partial parts over one to three files, their members declared every
/// way a class can (static or not, fields and properties, several declarators, no initializer), plus the project's
/// AdditionalFiles and node-port settings.
/// </summary>
internal static class Projects
{
    /// <summary>Constants and helpers the declarations' non-constant and computed values refer to.</summary>
    private const string Helpers = """
        const string Const = "c"; const int Count = 3; const bool Flag = true;
        static string Helper() => "h"; static int Number() => 1; static void Customizer(V1Deployment d) { }
        """;

    private static readonly Gen<string> MemberName = Gen.Frequency<string>(
        (12, Gen.Int[0, 99].Select(n => "M" + n)),
        (1, Gen.OneOf("Ünïcödé", "名前", "@class", "@event", "_", "Manifests", "Resources", "Helper")),
        (1, Gen.Int[100, 600].Select(length => "L" + new string('l', length))));

    private static readonly Gen<string> Member = Gen.Select(Declarations.Any, MemberName, Gen.Frequency<int>((12, Gen.Const(0)), (2, Gen.Int[1, 14])), (declaration, name, shape) =>
    {
        var (type, initializer) = declaration;
        return shape switch
        {
            0 => $"public static readonly {type} {name} = {initializer};",
            1 => $"public static {type} {name} {{ get; }} = {initializer};",
            2 => $"public static {type} {name} => {initializer};",
            3 => $"public readonly {type} {name} = {initializer};",
            4 => $"public static {type} {name} {{ get; set; }} = {initializer};",
            5 => $"public static readonly {type}? {name} = {initializer};",
            6 => $"internal static readonly {type} {name} = {initializer}, {name}Twin = {initializer};",
            7 => $"public static readonly {type} {name};",
            8 => $"public static {type} {name}() => {initializer};",
            9 => $"public const {type} {name} = null;",
            10 => $"public static readonly {type} {name} = Flag ? {initializer} : null!;",
            11 => $"public static readonly {type} {name} = {name}Alias; static readonly {type} {name}Alias = {initializer};",
            12 => $"public static {type} {name} {{ get {{ return {initializer}; }} }}",
            13 => $"public static readonly {type} {name} = ({type}){initializer};",
            _ => $"private static readonly {type} {name} = {initializer};",
        };
    });

    private static readonly Gen<string> Attribute = Gen.Frequency<string>(
        (6, Gen.Const("[Topology]")),
        (4, Str.Select(ns => $"[Topology(Namespace = {ns})]")),
        (1, Gen.OneOf("[InfraSdk.Topology]", "[TopologyAttribute]", "[Topology()]", "[Topology(Namespace = null)]", "[Topology, System.Obsolete]")));

    private static readonly Gen<string> Modifiers = Gen.Frequency<string>(
        (12, Gen.Const("public static partial")),
        (1, Gen.OneOf("internal static partial", "static partial", "public partial", "public static", "public sealed partial", "public abstract partial", "file static partial")));

    private static readonly Gen<string> ClassName = Gen.Frequency<string>(
        (12, Gen.Const("T")),
        (1, Gen.OneOf("Топология", "トポロジー", "@class", "Manifests", "L" + new string('l', 300))));

    private static readonly Gen<string> TypeParameters = Gen.Frequency<string>((8, Gen.Const(string.Empty)), (1, Gen.OneOf("<X>", "<X, Y>", "<X> where X : class")));

    private static readonly Gen<string> Outer = Gen.Frequency<string>((8, Gen.Const(string.Empty)), (1, Gen.OneOf("public static partial class Outer", "public partial class Outer<Z>", "public partial struct Outer", "public partial record Outer")));

    /// <summary>One topology: how many parts it has, its header, and its members spread over the parts.</summary>
    private static readonly Gen<Topology> Topologies = Gen.Select(
        Attribute,
        Modifiers,
        ClassName,
        TypeParameters,
        Outer,
        Member.Array[0, 8],
        Gen.Int[1, 3],
        Gen.Frequency<bool>((8, Gen.Const(true)), (1, Gen.Const(false))),
        (attribute, modifiers, name, typeParameters, outer, members, parts, helpers) => new Topology(attribute, modifiers, name + typeParameters, outer, members, parts, helpers));

    private static readonly Gen<(string Path, string Text)[]> AdditionalFiles = Gen.OneOf(
        ("/src/config/app.json", "{\"a\": 1}"),
        ("config/app.json", "key: value\n"),
        ("/src/config/empty.json", ""),
        ("C:\\proj\\config\\app.json", new string('é', 5_000))).Array[0, 3];

    private static readonly Gen<(string Name, string Value)[]> Properties = Gen.Select(
        Gen.OneOf("30000-32767", "1-65535", "32767-30000", "30000-30001", "0-0", "garbage", "30000", "-1-5", "30000-99999", " 30000 - 32767 "),
        Gen.OneOf("80", "1", "100", "0", "101", "50%", "x", "-5"),
        Gen.Int[0, 3],
        (range, threshold, which) => which switch
        {
            0 => Array.Empty<(string, string)>(),
            1 => [("InfraSdkNodePortRange", range)],
            2 => [("InfraSdkPortSqueezeThreshold", threshold)],
            _ => [("InfraSdkNodePortRange", range), ("InfraSdkPortSqueezeThreshold", threshold)],
        });

    /// <summary>A project of one to three topologies over one to three files, in one namespace style.</summary>
    public static readonly Gen<FuzzCase> Valid = Gen.Select(
        Topologies.Array[1, 3],
        Gen.Int[1, 3],
        Gen.OneOf("", "namespace N;", "namespace Ñ.Inner;", "namespace N {"),
        Gen.Int[0, int.MaxValue],
        AdditionalFiles,
        Properties,
        (topologies, files, ns, placement, additionalFiles, properties) =>
            new FuzzCase(Files(topologies, files, ns, placement), additionalFiles, properties));

    private static string[] Files(Topology[] topologies, int fileCount, string ns, int placement)
    {
        var files = Enumerable.Range(0, fileCount).Select(_ => new StringBuilder("using InfraSdk;\nusing k8s.Models;\n" + ns + "\n")).ToArray();
        var random = new Random(placement);
        for (var t = 0; t < topologies.Length; t++)
        {
            foreach (var part in topologies[t].Parts(t))
            {
                files[random.Next(fileCount)].AppendLine(part);
            }
        }

        return files.Select(file => ns.EndsWith('{') ? file.Append('}').ToString() : file.ToString()).ToArray();
    }

    private sealed record Topology(string Attribute, string Modifiers, string Name, string Outer, string[] Members, int PartCount, bool WithHelpers)
    {
        /// <summary>The parts of topology number <paramref name="index"/>: the first with the attribute (and the helpers), the members dealt out in turn.</summary>
        public IEnumerable<string> Parts(int index)
        {
            var name = Name.Replace("T", "T" + index, StringComparison.Ordinal);
            for (var part = 0; part < PartCount; part++)
            {
                var body = new StringBuilder();
                if (part == 0 && WithHelpers)
                {
                    body.AppendLine(Helpers);
                }

                for (var m = part; m < Members.Length; m += PartCount)
                {
                    body.AppendLine(Members[m]);
                }

                var declaration = $"{(part == 0 ? Attribute : string.Empty)}\n{Modifiers} class {name}\n{{\n{body}}}";
                yield return Outer.Length == 0 ? declaration : $"{Outer.Replace("Outer", "Outer" + index, StringComparison.Ordinal)} {{ {declaration} }}";
            }
        }
    }
}
