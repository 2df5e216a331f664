using System.Text;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Tests.Infrastructure;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>The real kubectl with the kinds an application carries beside its Deployments and Services.</summary>
public sealed class WorkloadKindsKubectlTests : ClusterTest
{
    private const string Namespace = "apps";

    [Fact]
    public async Task Apply_get_and_delete_every_kind_with_kubectl()
    {
        await CreateNamespaceAsync();

        var applied = await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, WorkloadManifests.All(Namespace), "apply", "-f", "-");
        var listed = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "cm,secret,ing,netpol,pdb,hpa,sa,sts,cj", "-n", Namespace);
        var deleted = await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, WorkloadManifests.All(Namespace), "delete", "-f", "-");
        var left = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "cm,secret,ing,netpol,pdb,hpa,sa,sts,cj", "-n", Namespace, "-o", "name");

        foreach (var created in new[]
                 {
                     "configmap/web-config created", "secret/web-secret created", "serviceaccount/web created", "ingress.networking.k8s.io/web created",
                     "networkpolicy.networking.k8s.io/web-allow created", "poddisruptionbudget.policy/web created",
                     "horizontalpodautoscaler.autoscaling/web created", "statefulset.apps/db created", "cronjob.batch/nightly created",
                 })
        {
            Assert.Contains(created, applied);
        }

        Assert.Matches(@"configmap/web-config\s+2\s+", listed);
        Assert.Matches(@"secret/web-secret\s+Opaque\s+2\s+", listed);
        Assert.Matches(@"ingress.networking.k8s.io/web\s+<none>\s+shop\.example\.com\s+80\s+", listed);
        Assert.Matches(@"networkpolicy.networking.k8s.io/web-allow\s+app=web\s+", listed);
        Assert.Matches(@"poddisruptionbudget.policy/web\s+1\s+N/A\s+0\s+", listed);
        Assert.Matches(@"horizontalpodautoscaler.autoscaling/web\s+Deployment/web\s+cpu: <unknown>/80%\s+2\s+5\s+0\s+", listed);
        Assert.Matches(@"serviceaccount/web\s+0\s+", listed);
        Assert.Matches(@"statefulset.apps/db\s+0/1\s+", listed);
        Assert.Matches(@"cronjob.batch/nightly\s+0 3 \* \* \*\s+<none>\s+False\s+0\s+<none>\s+", listed);
        Assert.Contains("cronjob.batch \"nightly\" deleted", deleted);
        Assert.Equal("", left.Trim());
    }

    [Fact]
    public async Task A_secret_shows_its_data_base64_with_string_data_merged_in_and_dropped()
    {
        await CreateNamespaceAsync();
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, WorkloadManifests.All(Namespace), "apply", "--server-side", "-f", "-");

        var yaml = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "secret", "web-secret", "-n", Namespace, "-o", "yaml");
        var json = JsonNode.Parse(await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "secret", "web-secret", "-n", Namespace, "-o", "json"))!;

        Assert.Contains("password: czNjcjN0", yaml);
        Assert.Contains("token: " + Convert.ToBase64String(Encoding.UTF8.GetBytes("abc")), yaml);
        Assert.DoesNotContain("stringData", yaml);
        Assert.Equal("Opaque", (string?)json["type"]);
    }

    [Fact]
    public async Task Deleting_the_namespace_takes_every_kind_along()
    {
        await CreateNamespaceAsync();
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, WorkloadManifests.All(Namespace), "apply", "--server-side", "-f", "-");

        await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "delete", "namespace", Namespace);
        await CreateNamespaceAsync();
        var left = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "cm,secret,ing,netpol,pdb,hpa,sa,sts,cj", "-n", Namespace, "-o", "name");

        Assert.Equal("", left.Trim());
    }

    [Fact]
    public async Task Label_selectors_filter_lists_of_the_new_kinds()
    {
        await CreateNamespaceAsync();
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, WorkloadManifests.All(Namespace), "apply", "--server-side", "-f", "-");

        var web = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "cm,secret", "-n", Namespace, "-l", "app=web", "-o", "name");
        var none = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "cm,secret", "-n", Namespace, "-l", "app=db", "-o", "name");

        Assert.Equal(["configmap/web-config", "secret/web-secret"], web.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("", none.Trim());
    }

    private Task<string> CreateNamespaceAsync() =>
        Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, $"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {Namespace}\n", "apply", "--server-side", "-f", "-");
}
