using System.ComponentModel;
using System.Diagnostics;

namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>Runs the real kubectl, bounded in time. A missing kubectl fails the test with a clear message.</summary>
internal static class Kubectl
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    public static async Task<CliResult> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("kubectl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("kubectl did not start");
        }
        catch (Win32Exception)
        {
            Assert.Fail("kubectl is required for this test: install kubectl (v1.32) and put it on PATH.");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Bound);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"kubectl {string.Join(' ', arguments)} did not finish within {Bound.TotalSeconds} s.");
            }

            return new CliResult(process.ExitCode, await output, await error);
        }
    }

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
