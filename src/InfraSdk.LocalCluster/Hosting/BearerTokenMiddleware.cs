using InfraSdk.LocalCluster.Api;
using Microsoft.AspNetCore.Http;

namespace InfraSdk.LocalCluster.Hosting;

/// <summary>
/// Answers 401 Unauthorized, as the API server does, to a request without a token the cluster issued, or with an
/// expired one; otherwise hands the token's grant to the handler (<see cref="GrantOf"/>).
/// </summary>
internal sealed class BearerTokenMiddleware(TokenRegistry tokens)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (tokens.Authenticate(context.Request.Headers.Authorization.ToString()) is not { } grant)
        {
            await ApiResponses.WriteErrorAsync(context, new ApiException(401, "Unauthorized", "Unauthorized"));
            return;
        }

        context.Items[typeof(TokenGrant)] = grant;
        await next(context);
    }

    /// <summary>The grant of the request's token.</summary>
    public static TokenGrant GrantOf(HttpContext context) => (TokenGrant)context.Items[typeof(TokenGrant)]!;
}
