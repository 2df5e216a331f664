using InfraSdk.LocalCluster.Api;
using Microsoft.AspNetCore.Http;

namespace InfraSdk.LocalCluster.Hosting;

/// <summary>Fails the configured fraction of write requests before they reach the registry.</summary>
internal sealed class ApiFaultMiddleware(ApiFaults faults)
{
    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    private readonly Random _random = faults.Seed is { } seed ? new Random(seed) : new Random();
    private readonly ApiFaultKind[] _kinds = Enum.GetValues<ApiFaultKind>().Where(kind => kind != ApiFaultKind.All && faults.Kinds.HasFlag(kind)).ToArray();
    private readonly Lock _gate = new();

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!WriteMethods.Contains(context.Request.Method) || Draw() is not { } kind)
        {
            await next(context);
            return;
        }

        switch (kind)
        {
            case ApiFaultKind.DroppedConnection:
                context.Abort();
                break;
            case ApiFaultKind.TooManyRequests:
                await ApiResponses.WriteErrorAsync(context, new ApiException(429, "TooManyRequests", "Too many requests, please try again later.", new System.Text.Json.Nodes.JsonObject { ["retryAfterSeconds"] = 1 })
                {
                    Headers = new Dictionary<string, string> { ["Retry-After"] = "1" },
                });
                break;
            default:
                await ApiResponses.WriteErrorAsync(context, ApiException.InternalError("injected API fault"));
                break;
        }
    }

    private ApiFaultKind? Draw()
    {
        lock (_gate)
        {
            return _kinds.Length > 0 && _random.NextDouble() < faults.Rate ? _kinds[_random.Next(_kinds.Length)] : null;
        }
    }
}
