using System.Net;
using k8s.Autorest;

namespace InfraSdk.Deploy.Tests.Units;

/// <summary>HttpOperationExceptions shaped as KubernetesClient throws them, with a Status body.</summary>
internal static class ApiErrors
{
    public static HttpOperationException Status(HttpStatusCode code, string body, string? retryAfter = null)
    {
        var response = new HttpResponseMessage(code);
        if (retryAfter is not null)
        {
            response.Headers.Add("Retry-After", retryAfter);
        }

        return new HttpOperationException($"Operation returned an invalid status code '{code}'") { Response = new HttpResponseMessageWrapper(response, body) };
    }

    public static HttpOperationException AlreadyAllocated(int port) => Status(HttpStatusCode.UnprocessableEntity, $$$"""
        {"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Invalid","code":422,
         "message":"Service \"web\" is invalid: spec.ports[0].nodePort: Invalid value: {{{port}}}: provided port is already allocated",
         "details":{"name":"web","kind":"Service","causes":[{"reason":"FieldValueInvalid","message":"Invalid value: {{{port}}}: provided port is already allocated","field":"spec.ports[0].nodePort"}]}}
        """);
}
