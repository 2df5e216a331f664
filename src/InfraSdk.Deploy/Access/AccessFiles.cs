namespace InfraSdk.Deploy.Access;

/// <summary>Every file access writes from one model: the load balancers, the firewalls, the zone (with --zone) and the data.</summary>
internal static class AccessFiles
{
    public static IReadOnlyList<AccessFile> Of(AccessModel model, uint zoneSerial)
    {
        var files = new List<AccessFile>
        {
            new(HaproxyConfigWriter.FileName, HaproxyConfigWriter.Write(model)),
            new(NginxStreamWriter.FileName, NginxStreamWriter.Write(model)),
            new(NftablesWriter.FileName, NftablesWriter.Write(model)),
            new(IptablesWriter.FileName, IptablesWriter.Write(model)),
        };
        if (model.Settings.Zone is { } zone)
        {
            files.Add(new(ZoneFileWriter.FileName(zone), ZoneFileWriter.Write(model, zoneSerial), ZoneFileWriter.WithoutSerial));
        }

        files.Add(new(AccessJsonWriter.FileName, AccessJsonWriter.Write(model)));
        return files;
    }
}
