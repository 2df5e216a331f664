namespace InfraSdk.Tests.Mapping;

public class DeploymentMappingTests
{
    [Fact]
    public void A_deployment_without_labels_selects_app_equal_to_its_name()
    {
        var deployment = KubernetesMapping.ToDeployment(new Deployment("web"), "Shop", "shop");

        Assert.Equal(new Dictionary<string, string> { ["app"] = "web" }, deployment.Spec.Selector.MatchLabels);
        Assert.Equal(new Dictionary<string, string> { ["app"] = "web" }, deployment.Spec.Template.Metadata.Labels);
    }

    [Fact]
    public void A_deployment_with_labels_selects_exactly_them_and_its_pods_carry_them()
    {
        var deployment = KubernetesMapping.ToDeployment(new Deployment("web") { Labels = { ["tier"] = "front", ["app"] = "shop" } }, "Shop", "shop");

        Assert.Equal(["app", "tier"], deployment.Spec.Selector.MatchLabels.Keys);
        Assert.Equal(deployment.Spec.Selector.MatchLabels, deployment.Spec.Template.Metadata.Labels);
    }

    [Fact]
    public void Metadata_carries_the_ownership_labels_next_to_its_own_sorted_ordinally()
    {
        var deployment = KubernetesMapping.ToDeployment(new Deployment("web") { Labels = { ["b"] = "1", ["B"] = "2" } }, "Shop", "shop");

        Assert.Equal(["B", "app.kubernetes.io/managed-by", "b", "infrasdk.io/topology"], deployment.Metadata.Labels.Keys);
        Assert.Equal("infrasdk", deployment.Metadata.Labels[OwnershipLabels.ManagedByKey]);
        Assert.Equal("Shop", deployment.Metadata.Labels[OwnershipLabels.TopologyKey]);
        Assert.DoesNotContain(OwnershipLabels.TopologyKey, deployment.Spec.Selector.MatchLabels.Keys);
    }

    [Fact]
    public void One_container_named_after_the_deployment_with_its_image_replicas_and_ports()
    {
        var deployment = KubernetesMapping.ToDeployment(new Deployment("web") { Replicas = 3, Container = new("nginx:1.27") { Ports = { new(8080), new(9090) } } }, "Shop", "shop");
        var container = Assert.Single(deployment.Spec.Template.Spec.Containers);

        Assert.Equal(("apps/v1", "Deployment", 3), (deployment.ApiVersion, deployment.Kind, deployment.Spec.Replicas));
        Assert.Equal(("web", "nginx:1.27"), (container.Name, container.Image));
        Assert.Equal([8080, 9090], container.Ports.Select(p => p.ContainerPort));
    }

    [Fact]
    public void Absent_values_stay_null_so_the_yaml_omits_them()
    {
        var deployment = KubernetesMapping.ToDeployment(new Deployment("web"), "Shop", "shop");
        var container = Assert.Single(deployment.Spec.Template.Spec.Containers);

        Assert.Null(container.Image);
        Assert.Null(container.Ports);
        Assert.Null(deployment.Metadata.Annotations);
        Assert.Equal(1, deployment.Spec.Replicas);
    }

    [Fact]
    public void A_resource_namespace_overrides_the_topology_namespace()
    {
        Assert.Equal("shop", KubernetesMapping.ToDeployment(new Deployment("web"), "Shop", "shop").Metadata.NamespaceProperty);
        Assert.Equal("other", KubernetesMapping.ToDeployment(new Deployment("web") { Namespace = "other" }, "Shop", "shop").Metadata.NamespaceProperty);
    }
}
