using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace InfraSdk.Manifests;

/// <summary>
/// How the generator compiles a topology's manifests in: one text, each document after a line
/// <c>#infrasdk KIND NAME NAMESPACE LENGTH</c> (fields as <see cref="TableField"/>s, <c>-</c> for no namespace, LENGTH characters
/// of YAML following), or <c>#infrasdk runtime INDEX</c> where a manifest made at run time takes its place. One string
/// literal costs the compiler next to nothing; an object creation per manifest cost more than reading the declarations.
/// </summary>
internal static class ManifestTable
{
    private const string Marker = "#infrasdk ";
    private const string Runtime = "runtime";

    public static void AppendDocument(StringBuilder text, string kind, string name, string? ns, string yaml) =>
        text.Append(Marker).AppendField(kind).Append(' ').AppendField(name).Append(' ')
            .AppendField(ns ?? "-").Append(' ').Append(yaml.Length.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(yaml);

    public static void AppendRuntime(StringBuilder text, int index) =>
        text.Append(Marker).Append(Runtime).Append(' ').Append(index.ToString(CultureInfo.InvariantCulture)).Append('\n');

    /// <summary>The entries of <paramref name="text"/> in order: a document, or the index of a manifest made at run time.</summary>
    public static List<Entry> Read(string text)
    {
        var entries = new List<Entry>();
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0 || string.CompareOrdinal(text, position, Marker, 0, Marker.Length) != 0)
            {
                throw new FormatException("Not a manifest table at character " + position + ".");
            }

            var fields = text.Substring(position + Marker.Length, end - position - Marker.Length).Split(' ');
            position = end + 1;
            if (fields.Length == 2 && fields[0] == Runtime)
            {
                entries.Add(new Entry(null, null, null, null, int.Parse(fields[1], CultureInfo.InvariantCulture)));
                continue;
            }

            var length = int.Parse(fields[3], CultureInfo.InvariantCulture);
            entries.Add(new Entry(TableField.Read(fields[0]), TableField.Read(fields[1]), fields[2] == "-" ? null : TableField.Read(fields[2]), text.Substring(position, length), -1));
            position += length;
        }

        return entries;
    }

    /// <summary>A document (<see cref="Yaml"/> set) or the place of a manifest made at run time (<see cref="RuntimeIndex"/>).</summary>
    internal readonly struct Entry(string? kind, string? name, string? ns, string? yaml, int runtimeIndex)
    {
        public string? Kind { get; } = kind;

        public string? Name { get; } = name;

        public string? Namespace { get; } = ns;

        public string? Yaml { get; } = yaml;

        public int RuntimeIndex { get; } = runtimeIndex;
    }
}
