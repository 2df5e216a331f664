using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace InfraSdk.LocalCluster.Api;

internal static class ApiResponses
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext context, int statusCode, JsonNode body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(Options), context.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext context, ApiException error)
    {
        foreach (var (name, value) in error.Headers)
        {
            context.Response.Headers[name] = value;
        }

        return WriteAsync(context, error.Code, error.ToStatus());
    }
}
