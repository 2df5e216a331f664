namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>A kubeconfig whose server nobody listens on: a command that sends any request fails on it, so one that stops first sent none.</summary>
internal static class UnreachableCluster
{
    public static string WriteKubeconfig()
    {
        var path = Path.Combine(Path.GetTempPath(), $"infrasdk-unreachable-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Kubeconfig("https://127.0.0.1:1"));
        return path;
    }

    /// <summary>A kubeconfig for <paramref name="server"/>, with a token and no CA check.</summary>
    public static string Kubeconfig(string server) => $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: nowhere
              cluster:
                server: {server}
                insecure-skip-tls-verify: true
            users:
            - name: someone
              user:
                token: unreachable-token-value
            contexts:
            - name: nowhere
              context:
                cluster: nowhere
                user: someone
            current-context: nowhere
            """;
}
