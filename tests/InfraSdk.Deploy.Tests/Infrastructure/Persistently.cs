using System.Net;
using k8s.Autorest;

namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>A test's own write to a cluster that injects faults: tried again on 429, 5xx or a dropped connection, at most 30 times.</summary>
internal static class Persistently
{
    private const int Attempts = 30;

    public static async Task<T> WriteAsync<T>(Func<Task<T>> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (Exception error) when (attempt < Attempts && IsInjected(error))
            {
                await Task.Delay(50);
            }
        }
    }

    private static bool IsInjected(Exception error) => error switch
    {
        HttpOperationException http => http.Response.StatusCode is HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError,
        HttpRequestException or IOException => true,
        _ => false,
    };
}
