using System.Net;
using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Hosting;
using k8s.Autorest;

namespace InfraSdk.Deploy.Applying;

/// <summary>
/// The one sentence and exit code for a request that failed after its retries: the server did not accept the
/// credentials or does not let them do what was asked (403), refused the request, or was never reached.
/// </summary>
internal static class ApiFailure
{
    public static CommandException? From(Exception error, ClusterConnection connection) => error switch
    {
        HttpOperationException { Response.StatusCode: HttpStatusCode.Unauthorized } => new CommandException(
            $"The API server at {connection.Server.OriginalString} did not accept the kubeconfig's credentials (401 Unauthorized): the token or client certificate is wrong or has expired.",
            ExitCodes.ClusterUnusable),
        HttpOperationException { Response.StatusCode: HttpStatusCode.Forbidden } forbidden => new CommandException(
            ForbiddenRequest.Describe(forbidden, connection.Server), ExitCodes.ClusterUnusable),
        HttpOperationException http => new CommandException($"The API server refused a request: {ApiStatus.Message(http).TrimEnd('.')}."),
        _ => ConnectionFailure.Describe(error, connection.Server, connection.ConnectTimeout) is { } sentence ? new CommandException(sentence, ExitCodes.ClusterUnusable) : null,
    };
}
