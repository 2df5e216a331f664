using System.Net;
using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Tests.Units;

public sealed class ApiRejectionTests
{
    private static readonly DesiredObject Web = DesiredObject.Parse(
        Manifest.From(new NodePortService("web") { Ports = { new ServicePort(80, 8080, 30007, Name: "http"), new ServicePort(443, 8443, 30443, Name: "https") } }, "T", "shop"), "T");

    [Fact]
    public void A_422_names_the_service_the_port_entry_and_the_field_in_the_servers_words()
    {
        var message = ApiRejection.Describe(Web, ApiErrors.AlreadyAllocated(30007));

        Assert.Equal("Service shop/web Ports[0] \"http\" (80/TCP) nodePort: Invalid value: 30007: provided port is already allocated.", message);
    }

    [Fact]
    public void A_409_names_the_fields_and_the_other_manager()
    {
        var conflict = ApiErrors.Status(HttpStatusCode.Conflict, """
            {"kind":"Status","status":"Failure","reason":"Conflict","code":409,
             "message":"Apply failed with 1 conflict: conflict with \"ops\" using v1: .spec.type",
             "details":{"causes":[{"reason":"FieldManagerConflict","message":"conflict with \"ops\" using v1","field":".spec.type"}]}}
            """);

        var message = ApiRejection.Describe(Web, conflict);

        Assert.Equal("Service shop/web: fields are managed by another field manager: .spec.type (conflict with \"ops\" using v1). Rerun with --force-conflicts to take them over.", message);
    }

    [Fact]
    public void Any_other_refusal_is_the_servers_message_not_an_http_dump()
    {
        var forbidden = ApiErrors.Status(HttpStatusCode.Forbidden, """{"kind":"Status","reason":"Forbidden","code":403,"message":"services \"web\" is forbidden: User \"dev\" cannot patch resource \"services\""}""");

        Assert.Equal("Service shop/web: services \"web\" is forbidden: User \"dev\" cannot patch resource \"services\".", ApiRejection.Describe(Web, forbidden));
        Assert.Equal("Service shop/web: HTTP 502 Bad Gateway.", ApiRejection.Describe(Web, ApiErrors.Status(HttpStatusCode.BadGateway, "<html>proxy</html>")));
    }
}
