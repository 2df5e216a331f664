using System.Security.Cryptography;
using System.Text;
using InfraSdk.LocalCluster.Api;
using Microsoft.AspNetCore.Http;

namespace InfraSdk.LocalCluster.Hosting;

/// <summary>Answers 401 Unauthorized, as the API server does, to a request without the cluster's bearer token.</summary>
internal sealed class BearerTokenMiddleware(string token)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes("Bearer " + token);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var presented = Encoding.UTF8.GetBytes(context.Request.Headers.Authorization.ToString());
        if (CryptographicOperations.FixedTimeEquals(presented, _expected))
        {
            await next(context);
            return;
        }

        await ApiResponses.WriteErrorAsync(context, new ApiException(401, "Unauthorized", "Unauthorized"));
    }
}
