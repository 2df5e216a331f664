using System.Globalization;
using System.Text;

namespace InfraSdk.Deploy.Access;

/// <summary>
/// <c>&lt;zone&gt;.zone</c>: a master file of <see cref="ZoneRecords"/> with a short TTL (nodes come and go), an SOA whose
/// serial is the time of the change, and the name server given. The serial line is not compared when deciding whether
/// the file changed, so an unchanged zone keeps its serial.
/// </summary>
internal static class ZoneFileWriter
{
    public const int Ttl = 30;

    private const string SerialMark = "; serial";

    public static string FileName(string zone) => $"{zone.TrimEnd('.')}.zone";

    public static string Write(AccessModel model, uint serial)
    {
        var zone = model.Settings.Zone!.TrimEnd('.') + ".";
        var text = new StringBuilder();
        foreach (var line in FileHeader.Lines(model, ";"))
        {
            text.Append(line).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"$ORIGIN {zone}\n$TTL {Ttl}\n")
            .Append(CultureInfo.InvariantCulture, $"@ IN SOA {model.Settings.NameServer} hostmaster.{zone} (\n")
            .Append(CultureInfo.InvariantCulture, $"    {serial} {SerialMark}\n")
            .Append("    60 ; refresh\n    30 ; retry\n    86400 ; expire\n    30 ) ; negative answers\n")
            .Append(CultureInfo.InvariantCulture, $"@ IN NS {model.Settings.NameServer}\n");
        foreach (var record in ZoneRecords.Of(model))
        {
            text.Append(CultureInfo.InvariantCulture, $"{record.Name} IN {record.Type} {record.Data}\n");
        }

        return text.ToString();
    }

    /// <summary>The text without its serial line: what decides whether the zone changed.</summary>
    public static string WithoutSerial(string text) =>
        string.Join('\n', text.Split('\n').Where(line => !line.EndsWith(SerialMark, StringComparison.Ordinal)));
}
