using System.Net;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Tests.DataPlane;
using InfraSdk.LocalCluster.Tests.Infrastructure;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>
/// Readiness probes against the built-in pods, which listen only on their declared container ports and answer 200 on
/// every path: a probe of a declared port passes, one of any other port never does, as on a real cluster.
/// </summary>
public sealed class ReadinessProbeTests : ClusterTest
{
    public static TheoryData<string, string, bool> Probes => new()
    {
        { "HTTP GET of a declared port", """{"httpGet":{"path":"/healthz","port":8080}}""", true },
        { "HTTP GET of a declared port by name", """{"httpGet":{"path":"/ready","port":"http"}}""", true },
        { "TCP connect to a declared port", """{"tcpSocket":{"port":8080}}""", true },
        { "TCP connect by name", """{"tcpSocket":{"port":"http"}}""", true },
        { "exec: a built-in pod runs no command, so it passes", """{"exec":{"command":["true"]}}""", true },
        { "HTTP GET of a port the container does not declare", """{"httpGet":{"path":"/healthz","port":9090}}""", false },
        { "TCP connect to a port the container does not declare", """{"tcpSocket":{"port":9090}}""", false },
        { "a port name the container does not declare", """{"httpGet":{"path":"/","port":"metrics"}}""", false },
        { "gRPC health, which a built-in pod does not serve", """{"grpc":{"port":8080}}""", false },
    };

    [Theory]
    [MemberData(nameof(Probes))]
    public async Task A_deployment_is_ready_only_when_its_pods_answer_the_probe(string row, string probe, bool ready)
    {
        await CreateAsync(Web(probe));

        var status = (await Api.GetAsync("/apis/apps/v1/namespaces/default/deployments/web")).Body!["status"]!;
        var subset = (await Api.GetAsync("/api/v1/namespaces/default/endpoints/web")).Body!["subsets"]!.AsArray().Single()!;
        var connect = await NodeProbe.ConnectAsync(new IPEndPoint(Cluster.Nodes[0].InternalIP, 30080));

        Assert.True(ready == ((long?)status["readyReplicas"] == 2), $"{row}: {status.ToJsonString()}");
        Assert.Equal(ready ? 2 : null, (long?)status["availableReplicas"]);
        Assert.Equal(ready ? 2 : 0, subset["addresses"]?.AsArray().Count ?? 0);
        Assert.Equal(ready ? 0 : 2, subset["notReadyAddresses"]?.AsArray().Count ?? 0);
        Assert.Equal(ready ? ConnectOutcome.Connected : ConnectOutcome.Refused, connect);
    }

    [Fact]
    public async Task Kubectl_rollout_status_returns_once_the_probed_pods_are_ready()
    {
        await CreateAsync(Web("""{"httpGet":{"path":"/healthz","port":"http"},"periodSeconds":2}"""));

        var rollout = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "rollout", "status", "deployment/web", "--timeout=20s");

        Assert.Contains("successfully rolled out", rollout);
    }

    [Fact]
    public async Task A_success_threshold_above_one_makes_the_pods_ready_on_a_later_round()
    {
        await CreateAsync(Web("""{"tcpSocket":{"port":8080},"periodSeconds":1,"successThreshold":2}"""));

        var ready = 0L;
        for (var attempt = 0; attempt < 100 && ready < 2; attempt++)
        {
            await Task.Delay(100);
            ready = (long?)(await Api.GetAsync("/apis/apps/v1/namespaces/default/deployments/web")).Body!["status"]!["readyReplicas"] ?? 0;
        }

        Assert.Equal(2, ready);
    }

    [Fact]
    public async Task The_probe_is_stored_with_the_API_server_defaults()
    {
        await CreateAsync(Web("""{"httpGet":{"port":8080}}"""));

        var probe = (await Api.GetAsync("/apis/apps/v1/namespaces/default/deployments/web")).Body!["spec"]!["template"]!["spec"]!["containers"]![0]!["readinessProbe"]!;

        Assert.Equal("""{"httpGet":{"port":8080,"path":"/","scheme":"HTTP"},"timeoutSeconds":1,"periodSeconds":10,"successThreshold":1,"failureThreshold":3}""", probe.ToJsonString());
    }

    [Fact]
    public async Task A_udp_container_port_answers_through_a_udp_node_port()
    {
        await CreateAsync(
            """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"syslog"},"spec":{"replicas":1,"selector":{"matchLabels":{"app":"syslog"}},"template":{"metadata":{"labels":{"app":"syslog"}},"spec":{"containers":[{"name":"syslog","image":"balabit/syslog-ng:4.8.0","ports":[{"containerPort":5514,"protocol":"UDP","name":"syslog"}]}]}}}}""",
            """{"apiVersion":"v1","kind":"Service","metadata":{"name":"syslog"},"spec":{"type":"NodePort","selector":{"app":"syslog"},"ports":[{"port":514,"targetPort":"syslog","protocol":"UDP","nodePort":30514}]}}""");

        foreach (var node in Cluster.Nodes)
        {
            Assert.Equal("<14>hello"u8.ToArray(), await NodeProbe.UdpRoundTripAsync(new IPEndPoint(node.InternalIP, 30514), "<14>hello"u8.ToArray()));
        }
    }

    private async Task CreateAsync(string deployment, string? service = null)
    {
        var created = await Api.PostAsync("/apis/apps/v1/namespaces/default/deployments", deployment);
        Assert.True(created.Status == HttpStatusCode.Created, created.Message);
        var exposed = await Api.PostAsync("/api/v1/namespaces/default/services", service ??
            """{"apiVersion":"v1","kind":"Service","metadata":{"name":"web"},"spec":{"type":"NodePort","selector":{"app":"web"},"ports":[{"port":80,"targetPort":8080,"nodePort":30080}]}}""");
        Assert.True(exposed.Status == HttpStatusCode.Created, exposed.Message);
    }

    private static string Web(string readinessProbe) =>
        """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},"spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"web","image":"nginx:1.27","ports":[{"containerPort":8080,"name":"http"}],"readinessProbe":"""
        + readinessProbe + "}]}}}}";
}
