using System.Collections.Generic;
using System.Globalization;
using System.Text;
using InfraSdk.Manifests;

namespace InfraSdk.Rules;

/// <summary>
/// The text of <c>[assembly: NodePortClaims(...)]</c>: one line per pinned port,
/// <c>NODEPORT PROTOCOL PORT NAMESPACE SERVICE SOURCE</c> (strings as <see cref="TableField"/>s, <c>-</c> for no protocol or port,
/// as for a healthCheckNodePort). One attribute for the whole project: thousands of assembly attributes cost every
/// analyzer that reads the assembly's attributes, seconds per build.
/// </summary>
internal static class NodePortClaimTable
{
    public static void Append(StringBuilder text, int nodePort, string ns, string service, string source, string? protocol, int? port) =>
        text.Append(nodePort.ToString(CultureInfo.InvariantCulture)).Append(' ')
            .AppendField(protocol ?? "-").Append(' ')
            .Append(port is { } number ? number.ToString(CultureInfo.InvariantCulture) : "-").Append(' ')
            .AppendField(ns).Append(' ').AppendField(service).Append(' ').AppendField(source).Append('\n');

    /// <summary>The claims of <paramref name="text"/>; a line that is not one is skipped.</summary>
    public static IEnumerable<Line> Read(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var fields = line.Split(' ');
            if (fields.Length == 6 && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var nodePort))
            {
                var port = int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
                yield return new Line(nodePort, fields[1] == "-" ? "TCP" : TableField.Read(fields[1]), port, TableField.Read(fields[3]), TableField.Read(fields[4]), TableField.Read(fields[5]));
            }
        }
    }

    /// <summary>One claim as written: <see cref="Port"/> is 0 for a healthCheckNodePort.</summary>
    internal sealed record Line(int NodePort, string Protocol, int Port, string Namespace, string Service, string Source);
}
