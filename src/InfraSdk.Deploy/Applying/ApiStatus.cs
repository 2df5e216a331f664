using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace InfraSdk.Deploy.Applying;

/// <summary>Reads the Status object an API server answers a failed request with.</summary>
internal static class ApiStatus
{
    public const string AlreadyAllocated = "provided port is already allocated";

    public static V1Status? Read(HttpOperationException error)
    {
        try
        {
            return string.IsNullOrEmpty(error.Response?.Content) ? null : KubernetesJson.Deserialize<V1Status>(error.Response.Content);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public static HttpStatusCode? Code(Exception error) => (error as HttpOperationException)?.Response?.StatusCode;

    public static bool IsNotFound(Exception error) => Code(error) == HttpStatusCode.NotFound;

    /// <summary>A 403: the credentials may not do this; the whole command stops on it (exit 5), it is no object's fault.</summary>
    public static bool IsForbidden(Exception error) => Code(error) == HttpStatusCode.Forbidden;

    /// <summary>The message the server gave, or the status line when it gave none.</summary>
    public static string Message(HttpOperationException error) =>
        Read(error)?.Message is { Length: > 0 } message ? message : $"HTTP {(int?)error.Response?.StatusCode} {error.Response?.ReasonPhrase}".TrimEnd();

    /// <summary>The nodePorts a 422 says are "already allocated", read from its causes ("Invalid value: 30007: ...").</summary>
    public static IReadOnlyList<int> AlreadyAllocatedPorts(HttpOperationException error)
    {
        if (error.Response?.StatusCode != HttpStatusCode.UnprocessableEntity || Read(error)?.Details?.Causes is not { } causes)
        {
            return [];
        }

        return causes
            .Where(cause => cause.Message?.Contains(AlreadyAllocated, StringComparison.Ordinal) == true)
            .Select(cause => cause.Message!.Split(':', 3) is [_, var value, _] && int.TryParse(value.Trim(), out var port) ? port : (int?)null)
            .OfType<int>()
            .ToList();
    }
}
