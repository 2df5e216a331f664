using k8s.Models;

namespace InfraSdk.Tests.Mapping;

public class ServiceMappingTests
{
    public static TheoryData<Service, string> Types => new()
    {
        { new ClusterIPService("s"), "ClusterIP" },
        { new NodePortService("s"), "NodePort" },
        { new LoadBalancerService("s"), "LoadBalancer" },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void Each_service_class_sets_its_type(Service service, string type)
    {
        var mapped = KubernetesMapping.ToService(service, "Shop", "shop");

        Assert.Equal(("v1", "Service", type), (mapped.ApiVersion, mapped.Kind, mapped.Spec.Type));
    }

    [Fact]
    public void Ports_keep_their_order_and_values_with_protocols_spelled_as_kubernetes_does()
    {
        var service = new NodePortService("dns")
        {
            Ports =
            {
                new ServicePort(53, NodePort: 30053, Protocol: Protocol.Udp, Name: "dns-udp"),
                new ServicePort(53, 5353, 30053, Name: "dns-tcp"),
                new ServicePort(9999, Protocol: Protocol.Sctp, Name: "sctp"),
            },
        };

        var ports = KubernetesMapping.ToService(service, "Shop", "shop").Spec.Ports;

        Assert.Equal(["dns-udp", "dns-tcp", "sctp"], ports.Select(p => p.Name));
        Assert.Equal(["UDP", "TCP", "SCTP"], ports.Select(p => p.Protocol));
        Assert.Equal([30053, 30053, null], ports.Select(p => p.NodePort));
        Assert.Null(ports[0].TargetPort);
        Assert.Equal("5353", ports[1].TargetPort.Value);
    }

    [Fact]
    public void Empty_selector_and_ports_stay_null()
    {
        var spec = KubernetesMapping.ToService(new ClusterIPService("s"), "Shop", "shop").Spec;

        Assert.Null(spec.Selector);
        Assert.Null(spec.Ports);
        Assert.Null(spec.ExternalTrafficPolicy);
    }

    [Fact]
    public void The_selector_is_sorted_ordinally()
    {
        var spec = KubernetesMapping.ToService(new ClusterIPService("s") { Selector = { ["z"] = "1", ["a"] = "2", ["M"] = "3" } }, "Shop", "shop").Spec;

        Assert.Equal(["M", "a", "z"], spec.Selector.Keys);
    }

    [Fact]
    public void Load_balancer_fields_are_mapped()
    {
        var service = new LoadBalancerService("edge") { ExternalTrafficPolicy = ExternalTrafficPolicy.Local, HealthCheckNodePort = 30099, AllocateLoadBalancerNodePorts = false };

        var spec = KubernetesMapping.ToService(service, "Shop", "shop").Spec;

        Assert.Equal(("Local", 30099, false), (spec.ExternalTrafficPolicy, spec.HealthCheckNodePort, spec.AllocateLoadBalancerNodePorts));
    }

    [Fact]
    public void A_node_port_service_has_no_load_balancer_fields()
    {
        var spec = KubernetesMapping.ToService(new NodePortService("s") { ExternalTrafficPolicy = ExternalTrafficPolicy.Cluster }, "Shop", "shop").Spec;

        Assert.Equal("Cluster", spec.ExternalTrafficPolicy);
        Assert.Null(spec.HealthCheckNodePort);
        Assert.Null(spec.AllocateLoadBalancerNodePorts);
    }

    [Fact]
    public void The_probe_travels_as_an_annotation_that_replaces_one_of_the_same_key()
    {
        var service = new NodePortService("s") { Probe = new HttpProbe("/healthz"), Annotations = { [ProbeAnnotation.Key] = "mine", ["team"] = "a" } };

        var annotations = KubernetesMapping.ToService(service, "Shop", "shop").Metadata.Annotations;

        Assert.Equal(new Dictionary<string, string> { [ProbeAnnotation.Key] = "http:/healthz", ["team"] = "a" }, annotations);
        Assert.Equal("mine", service.Annotations[ProbeAnnotation.Key]);
    }

    [Fact]
    public void Without_probe_or_annotations_there_are_no_annotations()
    {
        Assert.Null(KubernetesMapping.ToService(new NodePortService("s"), "Shop", "shop").Metadata.Annotations);
    }

    [Fact]
    public void To_kubernetes_dispatches_on_the_resource_type()
    {
        Assert.IsType<V1Service>(KubernetesMapping.ToKubernetes(new NodePortService("s"), "Shop", "shop"));
        Assert.IsType<V1Deployment>(KubernetesMapping.ToKubernetes(new Deployment("d"), "Shop", "shop"));
    }
}
