using System.Net;
using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Planning;
using InfraSdk.Deploy.Tests.Infrastructure;
using InfraSdk.Deploy.Topology;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Tests.Units;

public sealed class ReplacementTests
{
    [Fact]
    public void A_changed_deployment_selector_is_found_before_any_request()
    {
        var desired = Parse(Deployment("web", "web-v2"));
        var live = Deployment("web", "web");

        Assert.Equal("spec.selector cannot change once set ({\"matchLabels\":{\"app\":\"web\"}} -> {\"matchLabels\":{\"app\":\"web-v2\"}})", ImmutableFields.Changed(desired, live));
        Assert.Null(ImmutableFields.Changed(desired, Deployment("web", "web-v2")));
    }

    [Fact]
    public void A_cluster_ip_the_manifest_leaves_out_is_not_a_change()
    {
        var live = ExtraObjects.PinnedClusterIp("web", "10.96.0.9");

        Assert.Null(ImmutableFields.Changed(Parse(ExtraObjects.PinnedClusterIp("web", null!)), live));
        Assert.Null(ImmutableFields.Changed(Parse(ExtraObjects.PinnedClusterIp("web", "")), live));
        Assert.NotNull(ImmutableFields.Changed(Parse(ExtraObjects.PinnedClusterIp("web", "None")), live));
    }

    [Fact]
    public void A_422_about_immutable_fields_only_is_a_replacement_with_the_servers_message()
    {
        var immutable = ApiErrors.Status(HttpStatusCode.UnprocessableEntity, """
            {"kind":"Status","status":"Failure","reason":"Invalid","code":422,
             "message":"Job.batch \"migrate\" is invalid: spec.template: Invalid value: core.PodTemplateSpec{}: field is immutable",
             "details":{"causes":[{"reason":"FieldValueInvalid","message":"Invalid value: core.PodTemplateSpec{}: field is immutable","field":"spec.template"}]}}
            """);

        Assert.Equal("Job.batch \"migrate\" is invalid: spec.template: Invalid value: core.PodTemplateSpec{}: field is immutable", ImmutableRefusal.Reason(immutable));
        Assert.Null(ImmutableRefusal.Reason(ApiErrors.AlreadyAllocated(30007)));
    }

    private static DesiredObject Parse(IKubernetesObject<V1ObjectMeta> value) =>
        DesiredObject.Parse(new Manifest(value.Kind, value.Metadata.Name, "shop", KubernetesYaml.Serialize(value)), "T");

    private static V1Deployment Deployment(string name, string app) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "shop" },
        Spec = new V1DeploymentSpec
        {
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = app } },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = app } },
                Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Image = "nginx" }] },
            },
        },
    };
}
