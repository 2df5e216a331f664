using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace InfraSdk.Generators.Yaml;

/// <summary>
/// Writes a <see cref="YamlNode"/> document character for character as <c>k8s.KubernetesYaml.Serialize</c> does:
/// YamlDotNet's block emitter with two-space indentation, indentless sequences in mappings, no width folding, an
/// implicit document start and no final line break. It keeps YamlDotNet's column and whitespace state so that
/// indentation decisions come out the same.
/// </summary>
internal sealed class YamlWriter
{
    private const int BestIndent = 2;

    private readonly StringBuilder _output = new();
    private readonly Stack<int> _indents = new();
    private int _indent = -1;
    private int _column;
    private bool _isWhitespace = true;
    private bool _isIndentation = true;

    /// <summary>The document's text, or null when a scalar in it is one this writer cannot render identically.</summary>
    public static string? Write(YamlNode document)
    {
        var writer = new YamlWriter();
        return writer.TryNode(document, isMappingContext: false, isSimpleKey: false) ? writer._output.ToString() : null;
    }

    private bool TryNode(YamlNode node, bool isMappingContext, bool isSimpleKey) => node switch
    {
        YamlMapping mapping => TryMapping(mapping),
        YamlSequence sequence => TrySequence(sequence, isMappingContext),
        YamlScalar scalar => TryScalar(scalar, isSimpleKey),
        _ => false,
    };

    private bool TryMapping(YamlMapping mapping)
    {
        if (mapping.Entries.Count == 0)
        {
            WriteEmptyFlow("{", "}");
            return true;
        }

        IncreaseIndent(isFlow: false, isIndentless: false);
        foreach (var entry in mapping.Entries)
        {
            WriteIndent();
            if (!TryScalar(YamlScalar.String(entry.Key), isSimpleKey: true))
            {
                return false;
            }

            WriteIndicator(":", needWhitespace: false, whitespace: false, indentation: false);
            if (!TryNode(entry.Value, isMappingContext: true, isSimpleKey: false))
            {
                return false;
            }
        }

        _indent = _indents.Pop();
        return true;
    }

    private bool TrySequence(YamlSequence sequence, bool isMappingContext)
    {
        if (sequence.Items.Count == 0)
        {
            WriteEmptyFlow("[", "]");
            return true;
        }

        IncreaseIndent(isFlow: false, isIndentless: isMappingContext && !_isIndentation);
        foreach (var item in sequence.Items)
        {
            WriteIndent();
            WriteIndicator("-", needWhitespace: true, whitespace: false, indentation: true);
            if (!TryNode(item, isMappingContext: false, isSimpleKey: false))
            {
                return false;
            }
        }

        _indent = _indents.Pop();
        return true;
    }

    private void WriteEmptyFlow(string open, string close)
    {
        WriteIndicator(open, needWhitespace: true, whitespace: true, indentation: false);
        WriteIndicator(close, needWhitespace: false, whitespace: false, indentation: false);
    }

    private bool TryScalar(YamlScalar scalar, bool isSimpleKey)
    {
        if (ScalarStyles.Select(scalar.Text, scalar.IsString, isSimpleKey) is not { } style)
        {
            return false;
        }

        IncreaseIndent(isFlow: true, isIndentless: false);
        switch (style)
        {
            case ScalarStyle.Plain:
                WritePlain(scalar.Text);
                break;
            case ScalarStyle.SingleQuoted:
                WriteSingleQuoted(scalar.Text);
                break;
            case ScalarStyle.DoubleQuoted:
                WriteDoubleQuoted(scalar.Text);
                break;
            default:
                WriteLiteral(scalar.Text);
                break;
        }

        _indent = _indents.Pop();
        return true;
    }

    private void WritePlain(string value)
    {
        if (!_isWhitespace)
        {
            Write(' ');
        }

        Write(value);
        _isWhitespace = false;
        _isIndentation = false;
    }

    private void WriteSingleQuoted(string value)
    {
        WriteIndicator("'", needWhitespace: true, whitespace: false, indentation: false);
        Write(value.Replace("'", "''"));
        WriteIndicator("'", needWhitespace: false, whitespace: false, indentation: false);
        _isWhitespace = false;
        _isIndentation = false;
    }

    private void WriteDoubleQuoted(string value)
    {
        WriteIndicator("\"", needWhitespace: true, whitespace: false, indentation: false);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (ScalarAnalysis.IsPrintable(c) && c is not '\n' and not '"' and not '\\')
            {
                Write(c);
                continue;
            }

            Write('\\');
            switch (c)
            {
                case '\0': Write('0'); break;
                case '\a': Write('a'); break;
                case '\b': Write('b'); break;
                case '\t': Write('t'); break;
                case '\n': Write('n'); break;
                case '\v': Write('v'); break;
                case '\f': Write('f'); break;
                case '\x1B': Write('e'); break;
                case '"': Write('"'); break;
                case '\\': Write('\\'); break;
                default:
                    if (c <= '\xFF')
                    {
                        Write("x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c))
                    {
                        Write("U" + char.ConvertToUtf32(c, value[++i]).ToString("X8", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        Write("u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        WriteIndicator("\"", needWhitespace: false, whitespace: false, indentation: false);
        _isWhitespace = false;
        _isIndentation = false;
    }

    private void WriteLiteral(string value)
    {
        WriteIndicator("|", needWhitespace: true, whitespace: false, indentation: false);
        if (value[0] is ' ' or '\n')
        {
            WriteIndicator(BestIndent.ToString(CultureInfo.InvariantCulture), needWhitespace: false, whitespace: false, indentation: false);
        }

        if (value[value.Length - 1] != '\n')
        {
            WriteIndicator("-", needWhitespace: false, whitespace: false, indentation: false);
        }
        else if (value.Length >= 2 && value[value.Length - 2] == '\n')
        {
            WriteIndicator("+", needWhitespace: false, whitespace: false, indentation: false);
        }

        WriteBreak();
        _isIndentation = true;
        _isWhitespace = true;
        var previousBreak = true;
        foreach (var c in value)
        {
            if (c == '\n')
            {
                WriteBreak();
                _isIndentation = true;
                previousBreak = true;
                continue;
            }

            if (previousBreak)
            {
                WriteIndent();
            }

            Write(c);
            _isIndentation = false;
            previousBreak = false;
        }
    }

    private void IncreaseIndent(bool isFlow, bool isIndentless)
    {
        _indents.Push(_indent);
        if (_indent < 0)
        {
            _indent = isFlow ? BestIndent : 0;
        }
        else if (!isIndentless)
        {
            _indent += BestIndent;
        }
    }

    private void WriteIndent()
    {
        var currentIndent = _indent < 0 ? 0 : _indent;
        if (!_isIndentation || _column > currentIndent || (_column == currentIndent && !_isWhitespace))
        {
            WriteBreak();
        }

        while (_column < currentIndent)
        {
            Write(' ');
        }

        _isWhitespace = true;
        _isIndentation = true;
    }

    private void WriteIndicator(string indicator, bool needWhitespace, bool whitespace, bool indentation)
    {
        if (needWhitespace && !_isWhitespace)
        {
            Write(' ');
        }

        Write(indicator);
        _isWhitespace = whitespace;
        _isIndentation &= indentation;
    }

    private void Write(char c)
    {
        _output.Append(c);
        _column++;
    }

    private void Write(string text)
    {
        _output.Append(text);
        _column += text.Length;
    }

    private void WriteBreak()
    {
        _output.Append('\n');
        _column = 0;
    }
}
