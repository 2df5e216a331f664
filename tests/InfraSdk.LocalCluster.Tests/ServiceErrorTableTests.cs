using System.Net;
using InfraSdk.LocalCluster.Tests.Infrastructure;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>
/// Service manifests and what kube-apiserver answers them, word for word. The cluster holds one Service,
/// "taken", on nodePort 30007; every row is a refusal or a dry run, so rows never disturb each other.
/// </summary>
public sealed class ServiceErrorTableTests(SharedCluster shared) : IClassFixture<SharedCluster>
{
    private const string Services = "/api/v1/namespaces/default/services";

    public static TheoryData<string, string, HttpStatusCode, string> Rows => new()
    {
        {
            "nodePort already allocated",
            """{"metadata":{"name":"second"},"spec":{"type":"NodePort","selector":{"app":"web"},"ports":[{"port":80,"targetPort":8080,"nodePort":30007}]}}""",
            HttpStatusCode.UnprocessableEntity,
            "Service \"second\" is invalid: spec.ports[0].nodePort: Invalid value: 30007: provided port is already allocated"
        },
        {
            "nodePort out of range",
            """{"metadata":{"name":"third"},"spec":{"type":"NodePort","ports":[{"port":80,"nodePort":40000}]}}""",
            HttpStatusCode.UnprocessableEntity,
            "Service \"third\" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767"
        },
        {
            "nodePort on ClusterIP",
            """{"metadata":{"name":"internal"},"spec":{"type":"ClusterIP","ports":[{"port":80,"nodePort":30100}]}}""",
            HttpStatusCode.UnprocessableEntity,
            "Service \"internal\" is invalid: spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"
        },
        {
            "name not a DNS-1035 label",
            """{"metadata":{"name":"1-web"},"spec":{"ports":[{"port":80}]}}""",
            HttpStatusCode.UnprocessableEntity,
            "Service \"1-web\" is invalid: metadata.name: Invalid value: \"1-web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"
        },
        {
            "several ports without names",
            """{"metadata":{"name":"two"},"spec":{"ports":[{"port":80},{"port":443}]}}""",
            HttpStatusCode.UnprocessableEntity,
            "Service \"two\" is invalid: [spec.ports[0].name: Required value, spec.ports[1].name: Required value]"
        },
        {
            "duplicate port names",
            """{"metadata":{"name":"twins"},"spec":{"ports":[{"name":"http","port":80},{"name":"http","port":81}]}}""",
            HttpStatusCode.UnprocessableEntity,
            "Service \"twins\" is invalid: spec.ports[1].name: Duplicate value: \"http\""
        },
        {
            "port name not a DNS-1123 label",
            """{"metadata":{"name":"named"},"spec":{"ports":[{"name":"Web","port":80}]}}""",
            HttpStatusCode.UnprocessableEntity,
            "Service \"named\" is invalid: spec.ports[0].name: Invalid value: \"Web\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
        },
        {
            "port out of range",
            """{"metadata":{"name":"big"},"spec":{"ports":[{"port":70000}]}}""",
            HttpStatusCode.UnprocessableEntity,
            "Service \"big\" is invalid: [spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive, spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive]"
        },
        {
            "targetPort name with bad characters",
            """{"metadata":{"name":"target"},"spec":{"ports":[{"port":80,"targetPort":"web_port"}]}}""",
            HttpStatusCode.UnprocessableEntity,
            "Service \"target\" is invalid: spec.ports[0].targetPort: Invalid value: \"web_port\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"
        },
        {
            "unknown type",
            """{"metadata":{"name":"odd"},"spec":{"type":"Public","ports":[{"port":80}]}}""",
            HttpStatusCode.UnprocessableEntity,
            "Service \"odd\" is invalid: spec.type: Unsupported value: \"Public\": supported values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\""
        },
        {
            "same nodePort twice in one Service",
            """{"metadata":{"name":"double"},"spec":{"type":"NodePort","ports":[{"name":"a","port":80,"nodePort":30200},{"name":"b","port":81,"nodePort":30200}]}}""",
            HttpStatusCode.UnprocessableEntity,
            "Service \"double\" is invalid: spec.ports[1].nodePort: Invalid value: 30200: provided port is already allocated"
        },
        {
            "healthCheckNodePort without LoadBalancer and Local",
            """{"metadata":{"name":"health"},"spec":{"type":"NodePort","healthCheckNodePort":30300,"ports":[{"port":80}]}}""",
            HttpStatusCode.UnprocessableEntity,
            "Service \"health\" is invalid: spec.healthCheckNodePort: Invalid value: 30300: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"
        },
        {
            "externalTrafficPolicy on ClusterIP",
            """{"metadata":{"name":"policy"},"spec":{"externalTrafficPolicy":"Local","ports":[{"port":80}]}}""",
            HttpStatusCode.UnprocessableEntity,
            "Service \"policy\" is invalid: spec.externalTrafficPolicy: Invalid value: \"Local\": may only be set for externally-accessible services"
        },
        {
            "missing ports",
            """{"metadata":{"name":"empty"},"spec":{"selector":{"app":"web"}}}""",
            HttpStatusCode.UnprocessableEntity,
            "Service \"empty\" is invalid: spec.ports: Required value"
        },
        {
            "existing name",
            """{"metadata":{"name":"taken"},"spec":{"ports":[{"port":80}]}}""",
            HttpStatusCode.Conflict,
            "services \"taken\" already exists"
        },
        {
            "namespace differs from the URL",
            """{"metadata":{"name":"lost","namespace":"nowhere"},"spec":{"ports":[{"port":80}]}}""",
            HttpStatusCode.BadRequest,
            "the namespace of the provided object does not match the namespace sent on the request"
        },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task The_API_server_answers_like_kube_apiserver(string row, string manifest, HttpStatusCode status, string message)
    {
        await EnsureTakenAsync();

        var response = await shared.Api.PostAsync(Services, manifest);

        Assert.True(status == response.Status, $"{row}: expected {status}, got {response.Status}: {response.Message}");
        Assert.Equal(message, response.Message);
        Assert.Equal("Status", (string?)response.Body!["kind"]);
        Assert.Equal((int)status, (int?)response.Body["code"]);
    }

    [Fact]
    public async Task An_invalid_Service_names_the_field_in_its_causes()
    {
        await EnsureTakenAsync();

        var response = await shared.Api.PostAsync(Services, """{"metadata":{"name":"second"},"spec":{"type":"NodePort","ports":[{"port":80,"nodePort":30007}]}}""");

        Assert.Equal("Invalid", (string?)response.Body!["reason"]);
        var details = response.Body["details"]!;
        Assert.Equal("second", (string?)details["name"]);
        Assert.Equal("Service", (string?)details["kind"]);
        var cause = Assert.Single(details["causes"]!.AsArray())!;
        Assert.Equal("FieldValueInvalid", (string?)cause["reason"]);
        Assert.Equal("spec.ports[0].nodePort", (string?)cause["field"]);
        Assert.Equal("Invalid value: 30007: provided port is already allocated", (string?)cause["message"]);
    }

    [Fact]
    public async Task Ports_53_TCP_and_UDP_may_share_a_nodePort_and_a_dry_run_stores_nothing()
    {
        var response = await shared.Api.PostAsync(Services + "?dryRun=All",
            """{"metadata":{"name":"dns"},"spec":{"type":"NodePort","ports":[{"name":"tcp","port":53,"protocol":"TCP","nodePort":30053},{"name":"udp","port":53,"protocol":"UDP","nodePort":30053}]}}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal(30053, (int?)response.Body!["spec"]!["ports"]![1]!["nodePort"]);
        Assert.Equal(HttpStatusCode.NotFound, (await shared.Api.GetAsync(Services + "/dns")).Status);
    }

    [Fact]
    public async Task A_refused_Service_gives_back_the_ports_it_had_claimed()
    {
        var refused = await shared.Api.PostAsync(Services,
            """{"metadata":{"name":"Bad_Name"},"spec":{"type":"NodePort","ports":[{"port":80,"nodePort":30400}]}}""");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);

        var probe = await shared.Api.PostAsync(Services + "?dryRun=All",
            """{"metadata":{"name":"after"},"spec":{"type":"NodePort","ports":[{"port":80,"nodePort":30400}]}}""");
        Assert.Equal(HttpStatusCode.Created, probe.Status);
    }

    [Fact]
    public async Task A_field_of_the_wrong_JSON_type_is_a_bad_request()
    {
        var response = await shared.Api.PostAsync(Services, """{"metadata":{"name":"typed"},"spec":{"ports":[{"port":"eighty"}]}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith("Service in version \"v1\" cannot be handled as a Service: ", response.Message);
    }

    [Fact]
    public async Task A_Service_in_a_missing_namespace_is_not_found()
    {
        var response = await shared.Api.PostAsync("/api/v1/namespaces/nowhere/services", """{"metadata":{"name":"lost"},"spec":{"ports":[{"port":80}]}}""");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("namespaces \"nowhere\" not found", response.Message);
    }

    private async Task EnsureTakenAsync()
    {
        if ((await shared.Api.GetAsync(Services + "/taken")).Status == HttpStatusCode.NotFound)
        {
            await shared.Api.PostAsync(Services, """{"metadata":{"name":"taken"},"spec":{"type":"NodePort","selector":{"app":"web"},"ports":[{"port":80,"nodePort":30007}]}}""");
        }
    }
}
