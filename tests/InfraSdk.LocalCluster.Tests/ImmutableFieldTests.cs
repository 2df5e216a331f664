using System.Net;
using InfraSdk.LocalCluster.Tests.Infrastructure;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>Fields an update may not change, refused as ValidateDeploymentUpdate and ValidateStatefulSetUpdate refuse them.</summary>
public sealed class ImmutableFieldTests : ClusterTest
{
    private const string Web = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: default
        spec:
          replicas: 1
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: nginx:1.27
                ports:
                - containerPort: 8080
        """;

    [Fact]
    public async Task Kubectl_patch_of_a_deployment_selector_is_refused_as_immutable()
    {
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, Web, "apply", "--server-side", "-f", "-");

        var patch = await Kubectl.RunAsync(Cluster.KubeconfigPath, "patch", "deployment", "web", "--type=merge", "-p",
            """{"spec":{"selector":{"matchLabels":{"x":"y"}},"template":{"metadata":{"labels":{"x":"y"}}}}}""");

        Assert.NotEqual(0, patch.ExitCode);
        Assert.Contains("field is immutable", patch.Error);
        Assert.Contains("The Deployment \"web\" is invalid", patch.Error);
        Assert.Contains(
            "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"web\", \"x\":\"y\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable",
            patch.Error);
        Assert.Equal("web", await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "deployment", "web", "-o", "jsonpath={.spec.selector.matchLabels.app}"));
    }

    [Fact]
    public async Task Server_side_apply_of_a_new_deployment_selector_is_refused_and_other_changes_pass()
    {
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, Web, "apply", "--server-side", "-f", "-");

        var moved = await Kubectl.RunWithInputAsync(Cluster.KubeconfigPath, Web.Replace("app: web", "app: shop"), "apply", "--server-side", "-f", "-");
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, Web.Replace("replicas: 1", "replicas: 2"), "apply", "--server-side", "-f", "-");

        Assert.NotEqual(0, moved.ExitCode);
        Assert.Contains("spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"shop\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable", moved.Error);
    }

    [Fact]
    public async Task A_statefulset_update_may_change_its_template_and_replicas_but_not_its_selector()
    {
        const string path = "/apis/apps/v1/namespaces/default/statefulsets";
        const string db = """{"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"db"},"spec":{"serviceName":"db","selector":{"matchLabels":{"app":"db"}},"template":{"metadata":{"labels":{"app":"db"}},"spec":{"containers":[{"name":"db","image":"postgres:16"}]}}}}""";
        Assert.Equal(HttpStatusCode.Created, (await Api.PostAsync(path, db)).Status);

        var scaled = await Api.PatchAsync(path + "/db", """{"spec":{"replicas":3,"template":{"spec":{"containers":[{"name":"db","image":"postgres:17"}]}}}}""", "application/merge-patch+json");
        var moved = await Api.PatchAsync(path + "/db", """{"spec":{"selector":{"matchLabels":{"app":"x"}},"template":{"metadata":{"labels":{"app":"x"}}}}}""", "application/merge-patch+json");

        Assert.Equal(HttpStatusCode.OK, scaled.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, moved.Status);
        Assert.Equal(
            "StatefulSet.apps \"db\" is invalid: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
            moved.Message);
    }

    [Fact]
    public async Task A_service_cluster_ip_cannot_change()
    {
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, SeedManifests.SeedService, "apply", "--server-side", "-f", "-");

        var patch = await Kubectl.RunAsync(Cluster.KubeconfigPath, "patch", "service", "my-nodeport-service", "--type=merge", "-p", """{"spec":{"clusterIP":"10.96.200.200","clusterIPs":["10.96.200.200"]}}""");

        Assert.NotEqual(0, patch.ExitCode);
        Assert.Contains("spec.clusterIP: Invalid value: \"10.96.200.200\": field is immutable", patch.Error);
    }
}
