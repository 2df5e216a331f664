using System.Net;
using InfraSdk.LocalCluster.Tests.Infrastructure;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>Only the kubeconfig's bearer token opens the API, over TLS signed by the cluster's own CA.</summary>
public sealed class AccessTests(SharedCluster shared) : IClassFixture<SharedCluster>
{
    [Theory]
    [InlineData("")]
    [InlineData("not-the-token")]
    public async Task A_request_without_the_token_gets_401_Unauthorized(string token)
    {
        using var api = new RawApi(shared.Cluster, token);

        var response = await api.GetAsync("/api/v1/nodes");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Unauthorized", (string?)response.Body!["reason"]);
        Assert.Equal(401, (int?)response.Body["code"]);
    }

    [Fact]
    public async Task The_kubeconfig_reaches_the_API_over_https_on_loopback()
    {
        var version = await shared.Api.GetAsync("/version");

        Assert.Equal(HttpStatusCode.OK, version.Status);
        Assert.Equal("https", shared.Cluster.ApiUrl.Scheme);
        Assert.Equal("127.0.0.1", shared.Cluster.ApiUrl.Host);
        Assert.True(File.Exists(shared.Cluster.KubeconfigPath));
    }

    [Fact]
    public async Task Kubectl_without_the_token_is_refused()
    {
        var result = await Kubectl.RunAsync(shared.Cluster.KubeconfigPath, "get", "nodes", "--token=wrong");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("You must be logged in to the server", result.Error);
    }
}
