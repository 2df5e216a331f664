using System;
using System.Text;

namespace InfraSdk.Manifests;

/// <summary>A string as one space-separated field of a generated table: '%', spaces and control characters percent-encoded, the rest as it is.</summary>
internal static class TableField
{
    public static StringBuilder AppendField(this StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            if (c is '%' or ' ' or '\x7F' || c < ' ')
            {
                text.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        return text;
    }

    public static string Read(string field) => Uri.UnescapeDataString(field);
}
