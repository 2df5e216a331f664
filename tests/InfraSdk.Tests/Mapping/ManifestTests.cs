using k8s;

namespace InfraSdk.Tests.Mapping;

public class ManifestTests
{
    [Fact]
    public void A_manifest_names_its_object_and_holds_the_serialized_mapping()
    {
        var service = new NodePortService("my-nodeport-service") { Selector = { ["app"] = "my-web-app" }, Ports = { new ServicePort(80, 8080, 30007) } };

        var manifest = Manifest.From(service, "ShopTopology", "shop");

        Assert.Equal(("Service", "my-nodeport-service", "shop"), (manifest.Kind, manifest.Name, manifest.Namespace));
        Assert.Equal(KubernetesJson.Serialize(KubernetesMapping.ToService(service, "ShopTopology", "shop")), KubernetesJson.Serialize(KubernetesYaml.Deserialize<k8s.Models.V1Service>(manifest.Yaml)));
        Assert.Equal("Service shop/my-nodeport-service", manifest.ToString());
    }

    [Fact]
    public void The_yaml_of_the_seed_service_reads_as_kubernetes_expects()
    {
        var service = new NodePortService("my-nodeport-service") { Selector = { ["app"] = "my-web-app" }, Ports = { new ServicePort(80, 8080, 30007) } };

        Assert.Equal(
            """
            apiVersion: v1
            kind: Service
            metadata:
              name: my-nodeport-service
              namespace: shop
              labels:
                app.kubernetes.io/managed-by: infrasdk
                infrasdk.io/topology: ShopTopology
            spec:
              type: NodePort
              selector:
                app: my-web-app
              ports:
              - port: 80
                targetPort: 8080
                nodePort: 30007
                protocol: TCP

            """,
            Manifest.From(service, "ShopTopology", "shop").Yaml);
    }

    [Fact]
    public void A_namespace_manifest_is_cluster_scoped_and_owned_by_the_topology()
    {
        var manifest = Manifest.ForNamespace("shop", "ShopTopology");
        var ns = KubernetesMapping.ToNamespace("shop", "ShopTopology");

        Assert.Equal(("Namespace", "shop", (string?)null), (manifest.Kind, manifest.Name, manifest.Namespace));
        Assert.Equal("Namespace shop", manifest.ToString());
        Assert.Equal(new Dictionary<string, string> { [OwnershipLabels.ManagedByKey] = "infrasdk", [OwnershipLabels.TopologyKey] = "ShopTopology" }, ns.Metadata.Labels);
    }

    [Fact]
    public void The_ownership_selector_matches_both_labels()
    {
        Assert.Equal("app.kubernetes.io/managed-by=infrasdk,infrasdk.io/topology=Shop", OwnershipLabels.SelectorFor("Shop"));
    }

    [Fact]
    public void A_config_map_file_missing_at_run_time_is_reported_when_the_manifests_are_read_naming_the_object_and_the_file()
    {
        var configMap = new ConfigMap("site") { Files = { ["index.html"] = "no-such-folder/index.html" } };
        var manifests = TopologyManifests.Compiled("ShopTopology", "shop", "#infrasdk runtime 0\n", () => [Manifest.From(configMap, "ShopTopology", "shop")], () => [configMap]);

        var error = Assert.Throws<ManifestException>(() => manifests.Count);

        Assert.StartsWith("ConfigMap shop/site reads the file \"no-such-folder/index.html\", which is neither in the current directory (", error.Message);
    }
}
