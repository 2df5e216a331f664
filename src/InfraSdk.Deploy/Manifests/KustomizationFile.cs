using System.Text;

namespace InfraSdk.Deploy.Manifests;

/// <summary>The kustomization.yaml that lists the written manifests, marked so that a later run knows it may replace it.</summary>
internal static class KustomizationFile
{
    public const string Marker = "# Written by InfraSdk (manifests -o); regenerated on every run.";

    public static string Render(IEnumerable<string> resources)
    {
        var text = new StringBuilder()
            .AppendLine(Marker)
            .AppendLine("apiVersion: kustomize.config.k8s.io/v1beta1")
            .AppendLine("kind: Kustomization")
            .AppendLine("resources:");
        foreach (var resource in resources)
        {
            text.Append("- ").AppendLine(resource);
        }

        return text.ToString();
    }

    /// <summary>True when <paramref name="path"/> is absent or was written by InfraSdk.</summary>
    public static bool MayReplace(string path) =>
        !File.Exists(path) || File.ReadLines(path).FirstOrDefault() == Marker;
}
