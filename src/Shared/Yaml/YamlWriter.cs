using System.Text;

namespace InfraSdk.Yaml;

/// <summary>
/// Writes a <see cref="YamlNode"/> document as block YAML with two-space indentation and '\n' line ends. The one
/// writer of every manifest, at compile time and at run time.
/// </summary>
internal static class YamlWriter
{
    public static string Write(YamlNode document)
    {
        var output = new StringBuilder();
        WriteBlock(output, document, 0);
        return output.ToString();
    }

    private static void WriteBlock(StringBuilder output, YamlNode node, int indent)
    {
        switch (node)
        {
            case YamlMapping { IsEmpty: true }:
                output.Append(' ', indent).Append("{}\n");
                break;
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    output.Append(' ', indent).Append(YamlScalars.Key(entry.Key)).Append(':');
                    WriteValue(output, entry.Value, indent);
                }

                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    output.Append(' ', indent).Append('-');
                    WriteItem(output, item, indent);
                }

                break;
            case YamlScalar scalar:
                output.Append(' ', indent).Append(YamlScalars.Inline(scalar)).Append('\n');
                break;
        }
    }

    /// <summary>A mapping value after "key:": inline when it is a scalar or empty, else on the next lines.</summary>
    private static void WriteValue(StringBuilder output, YamlNode value, int indent)
    {
        switch (value)
        {
            case YamlScalar scalar:
                WriteScalarAfterIndicator(output, scalar, indent + 2);
                break;
            case YamlMapping { IsEmpty: true }:
                output.Append(" {}\n");
                break;
            case YamlSequence { Items.Count: 0 }:
                output.Append(" []\n");
                break;
            case YamlSequence:
                output.Append('\n');
                WriteBlock(output, value, indent);
                break;
            default:
                output.Append('\n');
                WriteBlock(output, value, indent + 2);
                break;
        }
    }

    /// <summary>A sequence item after "-": a mapping starts on the same line, its other keys aligned under the first.</summary>
    private static void WriteItem(StringBuilder output, YamlNode item, int indent)
    {
        switch (item)
        {
            case YamlScalar scalar:
                WriteScalarAfterIndicator(output, scalar, indent + 2);
                break;
            case YamlMapping { IsEmpty: false } mapping:
                var first = true;
                foreach (var entry in mapping.Entries)
                {
                    if (first)
                    {
                        output.Append(' ');
                        first = false;
                    }
                    else
                    {
                        output.Append(' ', indent + 2);
                    }

                    output.Append(YamlScalars.Key(entry.Key)).Append(':');
                    WriteValue(output, entry.Value, indent + 2);
                }

                break;
            case YamlMapping:
                output.Append(" {}\n");
                break;
            case YamlSequence { Items.Count: 0 }:
                output.Append(" []\n");
                break;
            default:
                output.Append('\n');
                WriteBlock(output, item, indent + 2);
                break;
        }
    }

    private static void WriteScalarAfterIndicator(StringBuilder output, YamlScalar scalar, int contentIndent)
    {
        if (YamlScalars.LiteralBlock(scalar) is { } block)
        {
            output.Append(' ').Append(block.Header).Append('\n');
            foreach (var line in block.Lines)
            {
                if (line.Length > 0)
                {
                    output.Append(' ', contentIndent).Append(line);
                }

                output.Append('\n');
            }

            return;
        }

        output.Append(' ').Append(YamlScalars.Inline(scalar)).Append('\n');
    }
}
