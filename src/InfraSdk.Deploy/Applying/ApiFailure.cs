using k8s.Autorest;

namespace InfraSdk.Deploy.Applying;

/// <summary>The one sentence for a request that failed after its retries: refused by the API server, or never answered.</summary>
internal static class ApiFailure
{
    public static string? Describe(Exception error) => error switch
    {
        HttpOperationException http => $"The API server refused a request: {ApiStatus.Message(http).TrimEnd('.')}.",
        HttpRequestException request => $"The API server could not be reached: {request.GetBaseException().Message.TrimEnd('.')}.",
        _ => null,
    };
}
