namespace InfraSdk.Generators.Yaml;

/// <summary>
/// What YamlDotNet's emitter learns from a scalar's characters before choosing its style (block context only:
/// manifests have no flow collections). Values reach here with '\n' as their only line break.
/// </summary>
internal readonly struct ScalarAnalysis
{
    public ScalarAnalysis(string value)
    {
        IsBlockPlainAllowed = true;
        IsSingleQuotedAllowed = true;
        IsBlockAllowed = true;
        if (value.Length == 0)
        {
            IsBlockPlainAllowed = false;
            IsBlockAllowed = false;
            return;
        }

        var blockIndicators = value.StartsWith("---", System.StringComparison.Ordinal) || value.StartsWith("...", System.StringComparison.Ordinal);
        bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
        bool breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false;
        bool lineOfSpaces = false, linesOfSpaces = false, specialCharacters = false;
        var precededByWhitespace = true;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var followedByWhitespace = IsWhiteBreakOrZero(value, i + 1);
            var isFirst = i == 0;
            var isLast = i == value.Length - 1;
            if (isFirst)
            {
                if ("#,[]{}&*!|>\"%@`'".IndexOf(c) >= 0)
                {
                    blockIndicators = true;
                    HasSingleQuotes |= c == '\'';
                }

                if (c is '?' or ':' && followedByWhitespace)
                {
                    blockIndicators = true;
                }

                if (c == '-' && followedByWhitespace)
                {
                    blockIndicators = true;
                }
            }
            else
            {
                if (c == ':' && followedByWhitespace)
                {
                    blockIndicators = true;
                }

                if (c == '#' && precededByWhitespace)
                {
                    blockIndicators = true;
                }

                HasSingleQuotes |= c == '\'';
            }

            specialCharacters |= !IsPrintable(c);
            if (c == '\n')
            {
                IsMultiline = true;
            }

            if (c == ' ')
            {
                leadingSpace |= isFirst;
                trailingSpace |= isLast;
                if (previousBreak)
                {
                    breakSpace = true;
                    lineOfSpaces = true;
                }

                previousSpace = true;
                previousBreak = false;
            }
            else if (c == '\n')
            {
                leadingBreak |= isFirst;
                trailingBreak |= isLast;
                spaceBreak |= previousSpace;
                linesOfSpaces |= lineOfSpaces;
                previousSpace = false;
                previousBreak = true;
            }
            else
            {
                previousSpace = false;
                previousBreak = false;
                lineOfSpaces = false;
            }

            precededByWhitespace = IsWhiteBreakOrZero(value, i);
        }

        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        {
            IsBlockPlainAllowed = false;
        }

        if (trailingSpace || linesOfSpaces)
        {
            IsBlockAllowed = false;
        }

        if (breakSpace || spaceBreak || specialCharacters)
        {
            IsBlockPlainAllowed = false;
            IsSingleQuotedAllowed = false;
        }

        if (IsMultiline || blockIndicators)
        {
            IsBlockPlainAllowed = false;
        }
    }

    public bool IsMultiline { get; }

    public bool IsBlockPlainAllowed { get; }

    public bool IsSingleQuotedAllowed { get; }

    public bool IsBlockAllowed { get; }

    public bool HasSingleQuotes { get; }

    /// <summary>YAML's printable set, judged per UTF-16 unit as YamlDotNet does (so a surrogate pair is not printable).</summary>
    public static bool IsPrintable(char c) =>
        c is '\t' or '\n' or '\r' or '\x85'
        || (c >= '\x20' && c <= '\x7E')
        || (c >= '\xA0' && c <= '\uD7FF')
        || (c >= '\uE000' && c <= '\uFFFD');

    private static bool IsWhiteBreakOrZero(string value, int index) =>
        index >= value.Length || value[index] is ' ' or '\t' or '\n' or '\0';
}
