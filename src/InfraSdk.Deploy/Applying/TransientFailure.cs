using System.Net;
using k8s.Autorest;

namespace InfraSdk.Deploy.Applying;

/// <summary>
/// Which failures are worth another try: 429, 5xx, dropped or reset connections and timeouts. A 4xx such as a
/// validation error (422) or a conflict (409) is an answer, not an accident, and is never retried here.
/// </summary>
internal static class TransientFailure
{
    /// <summary>The longest a Retry-After is honoured: a server asking for an hour does not stall a command that long (each request may take 30 s too).</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    public static bool Is(Exception error, CancellationToken cancellationToken) => error switch
    {
        HttpOperationException http => http.Response?.StatusCode is { } code && (code == HttpStatusCode.TooManyRequests || (int)code >= 500),
        HttpRequestException or IOException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>The delay a 429 asks for, from Retry-After or the Status's retryAfterSeconds, at most <see cref="MaxRetryAfter"/>.</summary>
    public static TimeSpan? RetryAfter(Exception error) => Asked(error) is { } seconds ? TimeSpan.FromSeconds(Math.Clamp(seconds, 0, MaxRetryAfter.TotalSeconds)) : null;

    private static int? Asked(Exception error)
    {
        if (error is not HttpOperationException { Response.StatusCode: HttpStatusCode.TooManyRequests } http)
        {
            return null;
        }

        if (http.Response.Headers is { } headers
            && headers.TryGetValue("Retry-After", out var values)
            && int.TryParse(values.FirstOrDefault(), out var seconds))
        {
            return seconds;
        }

        return ApiStatus.Read(http)?.Details?.RetryAfterSeconds;
    }

    /// <summary>"HTTP 503", "connection reset", as a retry notice names the cause.</summary>
    public static string Describe(Exception error) => error switch
    {
        HttpOperationException http => $"HTTP {(int?)http.Response?.StatusCode} {ApiStatus.Message(http)}",
        OperationCanceledException => "the request timed out",
        _ => error.GetBaseException().Message,
    };
}
