using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;

namespace InfraSdk.Deploy.Applying;

/// <summary>
/// A request that never reached the API server, told apart: an untrusted certificate (never transient), a connection
/// that cannot be made (not worth a retry until the server has answered once), and the sentence for each.
/// </summary>
internal static class ConnectionFailure
{
    /// <summary>True when retrying cannot help: a certificate the kubeconfig does not trust, or no connection to a server that never answered.</summary>
    public static bool IsPermanent(Exception error, bool serverAnswered) => IsUntrusted(error) || (!serverAnswered && IsNoConnection(error));

    /// <summary>One sentence naming the server, or null when the failure is not a connection failure.</summary>
    public static string? Describe(Exception error, Uri server, TimeSpan connectTimeout)
    {
        if (IsUntrusted(error))
        {
            return $"The API server at {server.OriginalString} presented a certificate that the kubeconfig's certificate authority does not trust; check certificate-authority-data for this cluster.";
        }

        if (IsConnectTimeout(error))
        {
            return $"The API server at {server.OriginalString} did not complete a connection (TCP and TLS) within {connectTimeout.TotalSeconds:0.#} s: it is down, or a firewall drops the traffic.";
        }

        return (error.GetBaseException() as SocketException)?.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => $"The API server at {server.OriginalString} refused the connection: nothing listens on that address and port.",
            SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => $"The API server's host name {server.Host} does not resolve.",
            SocketError.HostUnreachable or SocketError.NetworkUnreachable => $"The API server at {server.OriginalString} cannot be reached: no route to its address.",
            _ when error is HttpRequestException => $"The API server at {server.OriginalString} could not be reached: {error.GetBaseException().Message.TrimEnd('.')}.",
            _ => null,
        };
    }

    private static bool IsUntrusted(Exception error) => error is HttpRequestException && error.GetBaseException() is AuthenticationException;

    private static bool IsNoConnection(Exception error) =>
        IsConnectTimeout(error) || error is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };

    /// <summary>SocketsHttpHandler's ConnectTimeout: a cancellation carrying a TimeoutException.</summary>
    private static bool IsConnectTimeout(Exception error) => error is OperationCanceledException { InnerException: TimeoutException };
}
