namespace InfraSdk.Tests.Mapping;

public class DeploymentMappingTests
{
    [Fact]
    public void A_deployment_selects_its_own_label_by_default()
    {
        var deployment = KubernetesMapping.ToDeployment(new Deployment("web"), "Shop", "shop");

        Assert.Equal(new Dictionary<string, string> { ["infrasdk.io/deployment"] = "web" }, deployment.Spec.Selector.MatchLabels);
        Assert.Equal(new Dictionary<string, string> { ["infrasdk.io/deployment"] = "web" }, deployment.Spec.Template.Metadata.Labels);
    }

    [Fact]
    public void Adding_labels_keeps_the_default_selector_and_the_pods_carry_them()
    {
        var before = KubernetesMapping.ToDeployment(new Deployment("web") { Labels = { ["app"] = "shop" } }, "Shop", "shop");
        var after = KubernetesMapping.ToDeployment(new Deployment("web") { Labels = { ["tier"] = "front", ["app"] = "shop" } }, "Shop", "shop");

        Assert.Equal(before.Spec.Selector.MatchLabels, after.Spec.Selector.MatchLabels);
        Assert.Equal(["app", "infrasdk.io/deployment", "tier"], after.Spec.Template.Metadata.Labels.Keys);
    }

    [Fact]
    public void A_declared_selector_is_the_selector()
    {
        var deployment = KubernetesMapping.ToDeployment(new Deployment("web") { Labels = { ["app"] = "shop" }, Selector = { ["app"] = "shop" } }, "Shop", "shop");

        Assert.Equal(new Dictionary<string, string> { ["app"] = "shop" }, deployment.Spec.Selector.MatchLabels);
        Assert.Equal("shop", deployment.Spec.Template.Metadata.Labels["app"]);
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
        var deployment = KubernetesMapping.ToDeployment(new Deployment("web") { Container = new("nginx") }, "Shop", "shop");
        var container = Assert.Single(deployment.Spec.Template.Spec.Containers);

        Assert.Null(container.Ports);
        Assert.Null(container.Env);
        Assert.Null(container.Resources);
        Assert.Null(deployment.Metadata.Annotations);
        Assert.Null(deployment.Spec.Replicas);
        Assert.Null(deployment.Spec.Strategy);
    }

    [Fact]
    public void A_resource_namespace_overrides_the_topology_namespace()
    {
        Assert.Equal("shop", KubernetesMapping.ToDeployment(new Deployment("web"), "Shop", "shop").Metadata.NamespaceProperty);
        Assert.Equal("other", KubernetesMapping.ToDeployment(new Deployment("web") { Namespace = "other" }, "Shop", "shop").Metadata.NamespaceProperty);
    }
}
