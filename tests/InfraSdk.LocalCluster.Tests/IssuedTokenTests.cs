using System.Net;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Tests.Infrastructure;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>
/// Further tokens (issue 10, item 3): an expired one is answered 401 and a namespace-limited one 403 on a write
/// elsewhere, with kube-apiserver's Status bodies, over HTTP and through the real kubectl.
/// </summary>
public sealed class IssuedTokenTests : ClusterTest, IDisposable
{
    private const string Unauthorized = """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}""";
    private const string Service = """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          type: NodePort
          ports:
          - port: 80
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("infrasdk-tokens-").FullName;

    protected override LocalClusterOptions Options => new() { Nodes = 1 };

    [Fact]
    public async Task An_expired_token_gets_the_API_servers_401_body()
    {
        using var expired = new RawApi(Cluster, Cluster.IssueToken(new TokenOptions { ExpiresAfter = TimeSpan.Zero }));
        using var valid = new RawApi(Cluster, Cluster.IssueToken(new TokenOptions { ExpiresAfter = TimeSpan.FromHours(1) }));

        var refused = await expired.GetAsync("/api/v1/namespaces/default/services");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        AssertJson(Unauthorized, refused.Body);
        Assert.Equal(HttpStatusCode.OK, (await valid.GetAsync("/api/v1/namespaces/default/services")).Status);
    }

    [Fact]
    public async Task A_namespace_limited_token_writes_its_namespaces_reads_everywhere_and_gets_RBACs_403_elsewhere()
    {
        await CreateNamespacesAsync("team-a", "team-b");
        using var api = new RawApi(Cluster, Cluster.IssueToken(new TokenOptions { User = "ci-bot", WritableNamespaces = ["team-a"] }));
        var service = """{"metadata":{"name":"web"},"spec":{"type":"NodePort","ports":[{"port":80}]}}""";

        var own = await api.PostAsync("/api/v1/namespaces/team-a/services", service);
        var read = await api.GetAsync("/api/v1/namespaces/team-b/services");
        var create = await api.PostAsync("/api/v1/namespaces/team-b/services", service);
        var apply = await api.PatchAsync("/apis/apps/v1/namespaces/team-b/deployments/web?fieldManager=ci", """{"apiVersion":"apps/v1","kind":"Deployment"}""", "application/apply-patch+yaml");
        var ns = await api.PostAsync("/api/v1/namespaces", """{"metadata":{"name":"team-c"}}""");

        Assert.Equal(HttpStatusCode.Created, own.Status);
        Assert.Equal(HttpStatusCode.OK, read.Status);
        AssertJson(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"services is forbidden: User \"ci-bot\" cannot create resource \"services\" in API group \"\" in the namespace \"team-b\"","reason":"Forbidden","details":{"kind":"services"},"code":403}""",
            create.Body);
        Assert.Equal(HttpStatusCode.Forbidden, apply.Status);
        AssertJson(
            """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"deployments.apps \"web\" is forbidden: User \"ci-bot\" cannot patch resource \"deployments\" in API group \"apps\" in the namespace \"team-b\"","reason":"Forbidden","details":{"name":"web","group":"apps","kind":"deployments"},"code":403}""",
            apply.Body);
        Assert.Equal("namespaces is forbidden: User \"ci-bot\" cannot create resource \"namespaces\" in API group \"\" at the cluster scope", ns.Message);
    }

    [Fact]
    public async Task Kubectl_reports_an_expired_token_as_not_logged_in()
    {
        var kubeconfig = Path.Combine(_folder, "expired");
        Cluster.WriteKubeconfig(kubeconfig, Cluster.IssueToken(new TokenOptions { ExpiresAfter = TimeSpan.Zero }));

        var result = await Kubectl.RunAsync(kubeconfig, "get", "services");

        Assert.NotEqual(0, result.ExitCode);
        // kubectl's words for a 401 from a real API server too (an expired EKS token, say); what follows in parentheses
        // depends on which of its requests met the 401 first ("Unauthorized" or "the server has asked for the client to
        // provide credentials").
        Assert.Contains("error: You must be logged in to the server (", result.Error);
    }

    [Fact]
    public async Task Kubectl_with_a_namespace_limited_token_is_forbidden_in_another_namespace_and_applies_in_its_own()
    {
        await CreateNamespacesAsync("team-a", "team-b");
        var kubeconfig = Path.Combine(_folder, "team-a");
        Cluster.WriteKubeconfig(kubeconfig, Cluster.IssueToken(new TokenOptions { User = "ci-bot", WritableNamespaces = ["team-a"] }));

        var elsewhere = await Kubectl.RunWithInputAsync(kubeconfig, Service, "apply", "--server-side", "-f", "-", "--namespace", "team-b");
        var own = await Kubectl.RunWithInputAsync(kubeconfig, Service, "apply", "--server-side", "-f", "-", "--namespace", "team-a");

        Assert.NotEqual(0, elsewhere.ExitCode);
        Assert.Contains("Error from server (Forbidden): services \"web\" is forbidden: User \"ci-bot\" cannot patch resource \"services\" in API group \"\" in the namespace \"team-b\"", elsewhere.Error);
        Assert.True(own.ExitCode == 0, own.Error);
        Assert.Contains("service/web serverside-applied", own.Output);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The same JSON, member order included (as kube-apiserver writes it).</summary>
    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.Equal(JsonNode.Parse(expected)!.ToJsonString(), actual?.ToJsonString());

    private async Task CreateNamespacesAsync(params string[] names)
    {
        foreach (var name in names)
        {
            Assert.Equal(HttpStatusCode.Created, (await Api.PostAsync("/api/v1/namespaces", $$$"""{"metadata":{"name":"{{{name}}}"}}""")).Status);
        }
    }
}
