using System.Net.Sockets;
using System.Security.Authentication;
using InfraSdk.Deploy.Applying;

namespace InfraSdk.Deploy.Tests.Units;

/// <summary>Each way a request can fail to reach the API server: its sentence, and whether another try could help.</summary>
public sealed class ConnectionFailureTests
{
    private static readonly Uri Server = new("https://api.example.test:6443");
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(SocketError.ConnectionRefused, "The API server at https://api.example.test:6443 refused the connection: nothing listens on that address and port.")]
    [InlineData(SocketError.HostNotFound, "The API server's host name api.example.test does not resolve.")]
    [InlineData(SocketError.HostUnreachable, "The API server at https://api.example.test:6443 cannot be reached: no route to its address.")]
    [InlineData(SocketError.NetworkUnreachable, "The API server at https://api.example.test:6443 cannot be reached: no route to its address.")]
    public void A_connection_that_cannot_be_made_is_named_and_not_retried_before_a_first_answer(SocketError code, string sentence)
    {
        var error = new HttpRequestException(code == SocketError.HostNotFound ? HttpRequestError.NameResolutionError : HttpRequestError.ConnectionError, "failed", new SocketException((int)code));

        Assert.Equal(sentence, ConnectionFailure.Describe(error, Server, ConnectTimeout));
        Assert.True(ConnectionFailure.IsPermanent(error, serverAnswered: false));
        Assert.False(ConnectionFailure.IsPermanent(error, serverAnswered: true));
    }

    [Fact]
    public void A_connection_not_complete_in_time_names_the_bound()
    {
        var error = new TaskCanceledException("connect", new TimeoutException("A connection could not be established within 10 seconds."));

        Assert.Equal(
            "The API server at https://api.example.test:6443 did not complete a connection (TCP and TLS) within 10 s: it is down, or a firewall drops the traffic.",
            ConnectionFailure.Describe(error, Server, ConnectTimeout));
        Assert.True(ConnectionFailure.IsPermanent(error, serverAnswered: false));
    }

    [Fact]
    public void An_untrusted_certificate_is_never_worth_another_try()
    {
        var error = new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established, see inner exception.", new AuthenticationException("rejected"));

        Assert.StartsWith("The API server at https://api.example.test:6443 presented a certificate", ConnectionFailure.Describe(error, Server, ConnectTimeout));
        Assert.True(ConnectionFailure.IsPermanent(error, serverAnswered: true));
    }

    [Fact]
    public void A_reset_after_the_server_answered_is_transient_and_not_a_connection_failure_to_name()
    {
        var reset = new IOException("connection reset");

        Assert.Null(ConnectionFailure.Describe(reset, Server, ConnectTimeout));
        Assert.False(ConnectionFailure.IsPermanent(reset, serverAnswered: true));
    }
}
