using InfraSdk.Deploy.Hosting;

namespace InfraSdk.Deploy.Manifests;

/// <summary>Writes one file per manifest and the kustomization.yaml; other files in the folder are left alone.</summary>
internal static class ManifestFolderWriter
{
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<Manifest> manifests)
    {
        var kustomization = Path.Combine(folder, ManifestLayout.KustomizationFile);
        if (!KustomizationFile.MayReplace(kustomization))
        {
            throw new CommandException($"{kustomization} exists and was not written by InfraSdk; choose another folder or remove it.", ExitCodes.Usage);
        }

        var written = new List<string>();
        foreach (var manifest in manifests)
        {
            var relative = ManifestLayout.RelativePath(manifest);
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, manifest.Yaml);
            written.Add(relative);
        }

        File.WriteAllText(kustomization, KustomizationFile.Render(written));
        return written;
    }
}
