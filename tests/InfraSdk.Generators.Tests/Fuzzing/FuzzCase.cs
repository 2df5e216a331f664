using System.Text;

namespace InfraSdk.Generators.Tests.Fuzzing;

/// <summary>
/// One input to the compiler: the project's source files, its AdditionalFiles (path and text) and its MSBuild
/// properties as the package makes them visible (name without "build_property.", and value).
/// </summary>
internal sealed record FuzzCase(string[] Sources, (string Path, string Text)[] AdditionalFiles, (string Name, string Value)[] Properties)
{
    public FuzzCase(params string[] sources)
        : this(sources, [], [])
    {
    }

    public int Characters => Sources.Sum(source => source.Length);

    /// <summary>The case as a reader (and a regression test) wants it: each file in full, then the settings.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Sources.Length; i++)
        {
            text.Append("// file ").Append(i + 1).AppendLine().AppendLine(Sources[i]);
        }

        foreach (var (path, content) in AdditionalFiles)
        {
            text.Append("// AdditionalFiles ").Append(path).Append(": ").Append(content.Length).AppendLine(" characters");
        }

        foreach (var (name, value) in Properties)
        {
            text.Append("// build_property.").Append(name).Append(" = ").AppendLine(value);
        }

        return text.ToString();
    }
}
