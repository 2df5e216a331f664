namespace InfraSdk.Deploy.Manifests;

/// <summary>
/// Where each manifest goes under an output folder: <c>&lt;namespace&gt;/&lt;kind&gt;-&lt;name&gt;.yaml</c>; a
/// Namespace object, being cluster-scoped, goes into the folder of the namespace it creates
/// (<c>shop/namespace-shop.yaml</c>), next to the objects it holds.
/// </summary>
internal static class ManifestLayout
{
    public const string KustomizationFile = "kustomization.yaml";

    /// <summary>The path relative to the output folder, with '/' separators as kustomize expects.</summary>
    public static string RelativePath(Manifest manifest)
    {
        var folder = manifest.Namespace ?? manifest.Name;
        return $"{folder}/{manifest.Kind.ToLowerInvariant()}-{manifest.Name}.yaml";
    }
}
