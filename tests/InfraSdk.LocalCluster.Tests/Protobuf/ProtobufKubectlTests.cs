using System.Net;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api.Protobuf;
using InfraSdk.LocalCluster.Tests.Infrastructure;

namespace InfraSdk.LocalCluster.Tests.Protobuf;

/// <summary>
/// kubectl's typed creates (sent as protobuf) against the embedded cluster: each object reads back as its twin created
/// from the JSON that <c>--dry-run=client -o json</c> prints, sent with <c>kubectl create -f</c>.
/// </summary>
public sealed class ProtobufKubectlTests : ClusterTest
{
    [Fact]
    public async Task Namespaces_deployments_configmaps_secrets_and_services_created_by_kubectl_read_back_as_their_json_twins()
    {
        await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "create", "namespace", "proto-ns");
        await CreateFromJsonAsync("", "create", "namespace", "json-ns");
        await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "create", "namespace", "twin");
        (string Kind, string Name, string[] Create)[] objects =
        [
            ("deployment", "web", ["create", "deployment", "web", "--image=nginx", "--replicas=2"]),
            ("deployment", "job", ["create", "deployment", "job", "--image=busybox:1.36", "--port=8080", "--replicas=0"]),
            ("configmap", "settings", ["create", "configmap", "settings", "--from-literal=a=b", "--from-literal=empty="]),
            ("secret", "password", ["create", "secret", "generic", "password", "--from-literal=p=s3cr3t", "--type=Opaque"]),
            ("secret", "registry", ["create", "secret", "docker-registry", "registry", "--docker-server=r.example", "--docker-username=u", "--docker-password=p"]),
            ("service", "np", ["create", "service", "nodeport", "np", "--tcp=80:8080"]),
            ("service", "internal", ["create", "service", "clusterip", "internal", "--tcp=5432"]),
            ("service", "web", ["expose", "deployment", "web", "--type=NodePort", "--port=80"]),
            ("pod", "shell", ["run", "shell", "--image=busybox:1.36", "--port=8080", "--labels=tier=debug", "--env=A=1", "--restart=Never"]),
        ];

        foreach (var (_, _, create) in objects)
        {
            await Kubectl.SucceedAsync(Cluster.KubeconfigPath, create);
            await CreateFromJsonAsync("twin", create);
        }

        Assert.Equal(await ReadBackAsync("namespace", "proto-ns", ""), await ReadBackAsync("namespace", "json-ns", ""));
        foreach (var (kind, name, _) in objects)
        {
            Assert.Equal(await ReadBackAsync(kind, name, "default"), await ReadBackAsync(kind, name, "twin"));
        }
    }

    [Fact]
    public async Task A_protobuf_body_is_created_over_http_and_a_malformed_one_answers_400_with_a_status_and_stores_nothing()
    {
        var created = await Api.PostBytesAsync("/api/v1/namespaces/default/configmaps", KubectlBodies.ConfigMap.Bytes, ProtobufBody.MediaType);
        var truncated = await Api.PostBytesAsync("/api/v1/namespaces/default/configmaps", ProtobufBodyTests.Envelope("v1", "ConfigMap", [0x0a, 0x20, 0x0a]), ProtobufBody.MediaType);

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("""{"a":"b","k2":"v2"}""", created.Body!["data"]!.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, truncated.Status);
        Assert.Equal("Status", (string?)truncated.Body!["kind"]);
        Assert.Equal("ConfigMap in version \"v1\" cannot be handled as a ConfigMap: the protobuf body is malformed: its wire data is truncated or invalid", truncated.Message);
        var names = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "configmaps", "-o", "name");
        Assert.Equal("configmap/cap-c", names.Trim());
    }

    [Fact]
    public async Task A_pod_posted_as_protobuf_runs_with_the_spec_it_was_sent()
    {
        var template = ProtobufBodyTests.PodTemplate(KubectlBodies.DeploymentWithCommandAndPort);
        // A second metadata merges into the template's, as protobuf merges a message field that comes twice; its name wins
        // over the template's empty one.
        var named = ProtobufBodyTests.Message((1, ProtobufBodyTests.Message((1, ProtobufBodyTests.Text("from-protobuf")))));

        var created = await Api.PostBytesAsync("/api/v1/namespaces/default/pods", ProtobufBodyTests.Envelope("v1", "Pod", [.. template, .. named]), ProtobufBody.MediaType);

        Assert.True(created.Status == HttpStatusCode.Created, created.Message);
        var pod = JsonNode.Parse(await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "pod", "from-protobuf", "-o", "json"))!;
        Assert.Equal("""{"app":"cap-rich"}""", pod["metadata"]!["labels"]!.ToJsonString());
        var container = pod["spec"]!["containers"]![0]!;
        Assert.Equal("""["sleep","3600"]""", container["command"]!.ToJsonString());
        Assert.Equal("""[{"containerPort":8080,"protocol":"TCP"}]""", container["ports"]!.ToJsonString());
    }

    /// <summary>The same kubectl command, printed as JSON (client dry run) and created from that JSON, in <paramref name="ns"/>.</summary>
    private async Task CreateFromJsonAsync(string ns, params string[] create)
    {
        var json = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, [.. create, .. ns.Length > 0 ? ["-n", ns] : Array.Empty<string>(), "--dry-run=client", "-o", "json"]);
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, json, "create", "-f", "-");
    }

    /// <summary>
    /// The object as kubectl get -o json shows it, less what the server gives each object of its own: uid, resourceVersion,
    /// times, namespace, the name of a namespace, a Service's cluster IP and nodePorts, a Deployment's or Pod's status and node.
    /// </summary>
    private async Task<string> ReadBackAsync(string kind, string name, string ns)
    {
        var obj = JsonNode.Parse(await Kubectl.SucceedAsync(Cluster.KubeconfigPath, ["get", kind, name, "-o", "json", .. ns.Length > 0 ? ["-n", ns] : Array.Empty<string>()]))!.AsObject();
        var metadata = obj["metadata"]!.AsObject();
        foreach (var field in new[] { "uid", "resourceVersion", "creationTimestamp", "namespace" })
        {
            metadata.Remove(field);
        }

        foreach (var entry in metadata["managedFields"]?.AsArray() ?? [])
        {
            entry!.AsObject().Remove("time");
        }

        if (kind == "service")
        {
            obj["spec"]!.AsObject().Remove("clusterIP");
            obj["spec"]!.AsObject().Remove("clusterIPs");
            foreach (var port in obj["spec"]!["ports"]!.AsArray())
            {
                port!.AsObject().Remove("nodePort");
            }
        }

        if (kind is "deployment" or "pod")
        {
            obj.Remove("status");
            obj["spec"]!.AsObject().Remove("nodeName");
        }

        return kind == "namespace" ? obj.ToJsonString().Replace(name, "NAME", StringComparison.Ordinal) : obj.ToJsonString();
    }
}
