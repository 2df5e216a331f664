using System.Security.Cryptography;
using System.Text;

namespace InfraSdk.LocalCluster.DataPlane.Pods;

/// <summary>
/// Pod names as a Deployment's ReplicaSet makes them: <c>&lt;deployment&gt;-&lt;pod-template-hash&gt;-&lt;5 chars&gt;</c>,
/// the hash an FNV-32a of the pod template written with Kubernetes' "safe" alphabet (no vowels, no look-alikes).
/// </summary>
internal static class PodNames
{
    public const string TemplateHashLabel = "pod-template-hash";

    private const string SafeAlphabet = "bcdfghjklmnpqrstvwxz2456789";
    private const int SuffixLength = 5;

    /// <summary>The hash of what makes two pod templates different here: their labels, container ports and probes.</summary>
    public static string TemplateHash(DeploymentState deployment)
    {
        var template = new StringBuilder();
        foreach (var (key, value) in deployment.PodLabels.OrderBy(label => label.Key, StringComparer.Ordinal))
        {
            template.Append(key).Append('=').Append(value).Append('\n');
        }

        template.AppendJoin(',', deployment.ContainerPorts);
        if (deployment.UdpPorts is { Count: > 0 } udpPorts)
        {
            template.Append("\nudp:").AppendJoin(',', udpPorts);
        }

        if (deployment.ReadinessProbes is { Count: > 0 } probes)
        {
            template.Append('\n').AppendJoin(';', probes);
        }
        return Hash(template.ToString());
    }

    /// <summary>The FNV-32a of <paramref name="text"/> in the safe alphabet, as ComputeHash writes a pod template's.</summary>
    public static string Hash(string text) =>
        SafeEncode(Fnv32a(Encoding.UTF8.GetBytes(text)).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string NewPodName(string deployment, string templateHash) => NewPodName($"{deployment}-{templateHash}");

    /// <summary>A ReplicaSet's pod name: its name (which ends in the template hash), a dash and 5 random safe characters.</summary>
    public static string NewPodName(string replicaSet)
    {
        Span<char> suffix = stackalloc char[SuffixLength];
        for (var i = 0; i < suffix.Length; i++)
        {
            suffix[i] = SafeAlphabet[RandomNumberGenerator.GetInt32(SafeAlphabet.Length)];
        }

        return $"{replicaSet}-{suffix}";
    }

    private static uint Fnv32a(ReadOnlySpan<byte> data)
    {
        var hash = 2166136261u;
        foreach (var b in data)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    private static string SafeEncode(string text) => string.Concat(text.Select(c => SafeAlphabet[c % SafeAlphabet.Length]));
}
