namespace InfraSdk.Kubernetes;

/// <summary>
/// The label and annotation names InfraSdk writes on every object, and how a probe is spelled in its annotation.
/// Shared by the runtime mapping and the generator's YAML, which must write them identically.
/// </summary>
internal static class InfraSdkMetadata
{
    public const string ManagedByKey = "app.kubernetes.io/managed-by";
    public const string ManagedByValue = "infrasdk";
    public const string TopologyKey = "infrasdk.io/topology";
    /// <summary>On every Pod of a Deployment: its name. The Deployment's default selector, stable whatever labels it gains.</summary>
    public const string DeploymentKey = "infrasdk.io/deployment";
    public const string ProbeKey = "infrasdk.io/probe";
    public const string TcpProbe = "tcp";
    public const string HttpProbePrefix = "http:";
    public const string UdpProbePrefix = "udp:";

    /// <summary>
    /// On a Secret manifest: where each key's value comes from when a command runs, as a JSON object
    /// (<c>{"password":"env:SHOP_DB_PASSWORD","tls.key":"file:certs/tls.key"}</c>). The manifest itself holds no value.
    /// </summary>
    public const string SecretSourcesKey = "infrasdk.io/secret-sources";
    public const string EnvironmentSourcePrefix = "env:";
    public const string FileSourcePrefix = "file:";

    public static string HttpProbe(string path) => HttpProbePrefix + path;

    /// <summary>"udp:&lt;send&gt;" or "udp:&lt;send&gt;:&lt;expect&gt;", each base64 of its UTF-8 bytes, so that any payload fits an annotation.</summary>
    public static string UdpProbe(string send, string? expect) =>
        UdpProbePrefix + Base64(send) + (expect is null ? "" : ":" + Base64(expect));

    private static string Base64(string text) => System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text));
}
