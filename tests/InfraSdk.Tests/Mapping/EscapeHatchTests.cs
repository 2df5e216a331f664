using k8s;
using k8s.Models;

namespace InfraSdk.Tests.Mapping;

/// <summary>KubernetesClient objects as topology members, and Customize on typed resources.</summary>
public class EscapeHatchTests
{
    [Fact]
    public void A_kubernetes_object_gets_its_api_version_kind_the_topology_namespace_and_the_ownership_labels()
    {
        var policy = new V1NetworkPolicy { Metadata = new() { Name = "deny", Labels = new Dictionary<string, string> { ["team"] = "a" } }, Spec = new() { PodSelector = new() } };

        var manifest = Manifest.From(policy, "Shop", "shop");
        var read = KubernetesYaml.Deserialize<V1NetworkPolicy>(manifest.Yaml);

        Assert.Equal(("NetworkPolicy", "deny", "shop"), (manifest.Kind, manifest.Name, manifest.Namespace));
        Assert.Equal(("networking.k8s.io/v1", "NetworkPolicy"), (read.ApiVersion, read.Kind));
        Assert.Equal(new Dictionary<string, string> { ["app.kubernetes.io/managed-by"] = "infrasdk", ["infrasdk.io/topology"] = "Shop", ["team"] = "a" }, read.Metadata.Labels);
    }

    [Fact]
    public void A_cluster_scoped_object_gets_no_namespace_and_a_declared_namespace_is_kept()
    {
        Assert.Null(Manifest.From(new V1ClusterRole { Metadata = new() { Name = "reader" } }, "Shop", "shop").Namespace);
        Assert.Equal("other", Manifest.From(new V1ConfigMap { Metadata = new() { Name = "c", NamespaceProperty = "other" } }, "Shop", "shop").Namespace);
    }

    [Fact]
    public void Customize_runs_last_on_the_mapped_object_and_cannot_remove_ownership()
    {
        var deployment = new Deployment("web")
        {
            Container = new("nginx"),
            Customize = d =>
            {
                d.Spec.Template.Spec.HostNetwork = true;
                d.Metadata.Labels.Clear();
            },
        };

        var mapped = KubernetesMapping.ToDeployment(deployment, "Shop", "shop");

        Assert.True(mapped.Spec.Template.Spec.HostNetwork);
        Assert.Equal("infrasdk", mapped.Metadata.Labels[OwnershipLabels.ManagedByKey]);
        Assert.Equal("Shop", mapped.Metadata.Labels[OwnershipLabels.TopologyKey]);
    }
}
