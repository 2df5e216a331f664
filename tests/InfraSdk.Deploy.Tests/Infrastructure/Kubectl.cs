namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>Runs the real kubectl, bounded in time. A missing kubectl fails the test with a clear message.</summary>
internal static class Kubectl
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    public static Task<CliResult> RunAsync(params string[] arguments) =>
        ExternalTool.RunAsync("kubectl", arguments, "kubectl is required for this test: install kubectl (v1.32) and put it on PATH.", Bound);

    /// <summary>Runs kubectl against a kubeconfig and fails the test when it fails.</summary>
    public static async Task<string> MustAsync(string kubeconfig, params string[] arguments)
    {
        var result = await RunAsync([.. arguments, "--kubeconfig=" + kubeconfig, "--request-timeout=20s"]);
        Assert.True(result.ExitCode == 0, $"kubectl {string.Join(' ', arguments)} failed: {result}");
        return result.Out;
    }

    /// <summary>Creates objects from YAML with <c>kubectl create -f</c>, as a user outside InfraSdk would.</summary>
    public static async Task CreateAsync(string kubeconfig, string yaml)
    {
        var file = Path.Combine(Path.GetTempPath(), $"infrasdk-kubectl-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, yaml);
        try
        {
            await MustAsync(kubeconfig, "create", "-f", file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>A Service that InfraSdk does not own, and its namespace when asked.</summary>
    public static Task CreateForeignServiceAsync(string kubeconfig, string ns, string name, string type = "ClusterIP", int? nodePort = null, bool createNamespace = false)
    {
        var namespaceYaml = !createNamespace ? "" : $"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {ns}\n---\n";
        var nodePortLine = nodePort is { } port ? $"\n    nodePort: {port}" : "";
        return CreateAsync(kubeconfig, $"""
            {namespaceYaml}apiVersion: v1
            kind: Service
            metadata:
              name: {name}
              namespace: {ns}
            spec:
              type: {type}
              selector:
                app: {name}
              ports:
              - port: 80
                targetPort: 8080{nodePortLine}
            """);
    }
}
