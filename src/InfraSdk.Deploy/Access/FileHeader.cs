using Humanizer;

namespace InfraSdk.Deploy.Access;

/// <summary>The comment lines every access file begins with: what wrote it, from what, and that it is rewritten.</summary>
internal static class FileHeader
{
    public static IEnumerable<string> Lines(AccessModel model, string comment)
    {
        yield return $"{comment} Written by InfraSdk access from the live cluster: {"node".ToQuantity(model.Nodes.Count)}, {"Service".ToQuantity(model.Services.Count)}, {"service port".ToQuantity(model.Ports.Count())}.";
        yield return $"{comment} Do not edit: access rewrites this file whenever the cluster changes.";
    }

    /// <summary>An address with a port, IPv6 in brackets.</summary>
    public static string Endpoint(string address, int port) =>
        address.Contains(':', StringComparison.Ordinal) ? $"[{address}]:{port}" : $"{address}:{port}";
}
