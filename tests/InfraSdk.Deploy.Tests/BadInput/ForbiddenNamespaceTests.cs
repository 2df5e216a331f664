using InfraSdk.Deploy.Tests.Infrastructure;
using InfraSdk.LocalCluster;
using k8s;

namespace InfraSdk.Deploy.Tests.BadInput;

/// <summary>
/// A token that may write one namespace only (a RoleBinding of "edit" there): deploy works in that namespace, and in
/// another it stops on the first refused write with one sentence naming the user and the namespace, exit 5, having
/// written nothing there.
/// </summary>
public sealed class ForbiddenNamespaceTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;
    private string _kubeconfig = "";
    private string _token = "";

    public async Task InitializeAsync()
    {
        _cluster = await TestCluster.StartAsync();
        using var admin = _cluster.Client();
        await admin.CoreV1.CreateNamespaceAsync(new k8s.Models.V1Namespace { Metadata = new() { Name = "team-a" } });
        _token = _cluster.Cluster.IssueToken(new TokenOptions { User = "ci-bot", WritableNamespaces = ["team-a"] });
        _kubeconfig = Path.Combine(Path.GetDirectoryName(_cluster.Kubeconfig)!, "ci-bot");
        _cluster.Cluster.WriteKubeconfig(_kubeconfig, _token);
    }

    [Fact]
    public async Task Deploy_into_a_namespace_the_token_may_not_write_is_one_sentence_exit_5_and_writes_nothing_there()
    {
        // Neither topology declares its Namespace: creating one is a cluster-wide write, which the token may not do.
        var own = ShopLike.Create(ns: "team-a").Without("Namespace", "team-a");
        var elsewhere = ShopLike.Create(topology: "Elsewhere", ns: "default").Without("Namespace", "default");

        // The same nodePorts: the refused deploys go first, so that they are not stopped as conflicts with the allowed one.
        var refused = await Cli.RunAsync([elsewhere], ["deploy", "--kubeconfig", _kubeconfig, "--parallel", "1"]);
        var json = await Cli.RunAsync([elsewhere], ["deploy", "--kubeconfig", _kubeconfig, "--parallel", "1", "--output", "json"]);
        var parallel = await Cli.RunAsync([elsewhere], ["deploy", "--kubeconfig", _kubeconfig]); // both Deployments refused at once
        var allowed = await Cli.RunAsync([own], ["deploy", "--kubeconfig", _kubeconfig]);

        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.True(refused.ExitCode == 5, refused.ToString());
        Assert.True(json.ExitCode == 5, json.ToString());
        var error = Assert.Single(refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("error: The API server at https://127.0.0.1:", error);
        Assert.EndsWith(" does not let user \"ci-bot\" write in namespace \"default\" (403 Forbidden: it may not patch deployments.apps \"my-web-app\").", error);
        Assert.Equal(error, "error: " + JsonReport.Parse(json).Text("error"));
        Assert.True(parallel.ExitCode == 5, parallel.ToString());
        Assert.Contains(" does not let user \"ci-bot\" write in namespace \"default\" (403 Forbidden: it may not patch deployments.apps \"", Assert.Single(parallel.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        foreach (var printed in new[] { allowed.ToString(), refused.ToString(), json.ToString(), parallel.ToString() })
        {
            Assert.DoesNotContain(_token, printed);
            Assert.DoesNotContain("   at ", printed);
            Assert.DoesNotContain("Retrying", printed);
        }

        using var admin = _cluster.Client();
        var inDefault = $"{OwnershipLabels.TopologyKey}=Elsewhere";
        Assert.Empty((await admin.AppsV1.ListNamespacedDeploymentAsync("default", labelSelector: inDefault)).Items);
        Assert.Empty((await admin.CoreV1.ListNamespacedServiceAsync("default", labelSelector: inDefault)).Items);
        Assert.Equal(2, (await admin.AppsV1.ListNamespacedDeploymentAsync("team-a", labelSelector: $"{OwnershipLabels.TopologyKey}={ShopLike.Topology}")).Items.Count);
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();
}
