using System.Net;
using InfraSdk.LocalCluster.Tests.Infrastructure;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>Deployment manifests kube-apiserver refuses, and its words for each.</summary>
public sealed class DeploymentErrorTableTests(SharedCluster shared) : IClassFixture<SharedCluster>
{
    private const string Template = "\"template\":{\"metadata\":{\"labels\":{\"app\":\"web\"}},\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"nginx:1.27\"}]}}";
    private const string SelectorWeb = "\"selector\":{\"matchLabels\":{\"app\":\"web\"}},";

    public static TheoryData<string, string, string> Rows => new()
    {
        {
            "selector does not match the template",
            WithTemplate("web", SelectorWeb.Replace("\"web\"", "\"api\"")),
            "Deployment.apps \"web\" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`"
        },
        {
            "negative replicas",
            WithTemplate("web", "\"replicas\":-1," + SelectorWeb),
            "Deployment.apps \"web\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0"
        },
        {
            "missing selector",
            WithTemplate("web", ""),
            "Deployment.apps \"web\" is invalid: spec.selector: Required value"
        },
        {
            "name not a DNS subdomain",
            WithTemplate("Web", SelectorWeb),
            "Deployment.apps \"Web\" is invalid: metadata.name: Invalid value: \"Web\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
        },
        {
            "container without an image",
            """{"metadata":{"name":"web"},"spec":{"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"web"}]}}}}""",
            "Deployment.apps \"web\" is invalid: spec.template.spec.containers[0].image: Required value"
        },
        {
            "container port out of range",
            """{"metadata":{"name":"web"},"spec":{"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"web","image":"nginx","ports":[{"containerPort":70000}]}]}}}}""",
            "Deployment.apps \"web\" is invalid: spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive"
        },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task The_API_server_refuses_it_with_its_words(string row, string manifest, string message)
    {
        var response = await shared.Api.PostAsync("/apis/apps/v1/namespaces/default/deployments", manifest);

        Assert.True(response.Status == HttpStatusCode.UnprocessableEntity, $"{row}: {response.Status} {response.Message}");
        Assert.Equal(message, response.Message);
        Assert.Equal("apps", (string?)response.Body!["details"]!["group"]);
        Assert.Equal("Deployment", (string?)response.Body["details"]!["kind"]);
    }

    private static string WithTemplate(string name, string specFields) =>
        "{\"metadata\":{\"name\":\"" + name + "\"},\"spec\":{" + specFields + Template + "}}";
}
