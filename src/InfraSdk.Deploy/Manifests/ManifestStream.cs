namespace InfraSdk.Deploy.Manifests;

/// <summary>All manifests as one multi-document YAML stream.</summary>
internal static class ManifestStream
{
    public static void Write(TextWriter output, IEnumerable<Manifest> manifests)
    {
        var first = true;
        foreach (var manifest in manifests)
        {
            if (!first)
            {
                output.WriteLine("---");
            }

            output.Write(manifest.Yaml.EndsWith('\n') ? manifest.Yaml : manifest.Yaml + "\n");
            first = false;
        }

        output.Flush();
    }
}
