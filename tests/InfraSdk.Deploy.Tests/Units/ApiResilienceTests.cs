using System.Net;
using InfraSdk.Deploy.Applying;

namespace InfraSdk.Deploy.Tests.Units;

public sealed class ApiResilienceTests
{
    private static readonly RetryTiming Fast = new(TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5), 4, TimeSpan.FromSeconds(5));

    private readonly List<string> _notices = [];

    [Fact]
    public async Task Transient_failures_are_retried_until_success()
    {
        var resilience = new ApiResilience(Fast, _notices.Add, (_, _) => Task.FromResult(false));
        var failures = new Queue<Exception>([
            ApiErrors.Status(HttpStatusCode.InternalServerError, """{"kind":"Status","message":"etcd hiccup","code":500}"""),
            new HttpRequestException("connection reset"),
            ApiErrors.Status(HttpStatusCode.TooManyRequests, """{"kind":"Status","message":"slow down","code":429}""", retryAfter: "0"),
        ]);

        var result = await resilience.ExecuteApplyAsync(_ => failures.TryDequeue(out var failure) ? throw failure : Task.FromResult("done"), CancellationToken.None);

        Assert.Equal("done", result);
        Assert.Equal(3, _notices.Count);
        Assert.Contains("HTTP 500 etcd hiccup", _notices[0]);
    }

    [Fact]
    public async Task A_validation_error_is_never_retried()
    {
        var resilience = new ApiResilience(Fast, _notices.Add, (_, _) => Task.FromResult(false));
        var attempts = 0;
        var invalid = ApiErrors.Status(HttpStatusCode.UnprocessableEntity, """{"kind":"Status","reason":"Invalid","message":"Service \"web\" is invalid","code":422}""");

        await Assert.ThrowsAsync<k8s.Autorest.HttpOperationException>(() =>
            resilience.ExecuteApplyAsync<string>(_ => { attempts++; throw invalid; }, CancellationToken.None));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Already_allocated_is_retried_while_no_live_service_holds_the_port()
    {
        var checkedPorts = new List<int>();
        var resilience = new ApiResilience(Fast, _notices.Add, (port, _) => { checkedPorts.Add(port); return Task.FromResult(false); });
        var attempts = 0;

        var result = await resilience.ExecuteApplyAsync(_ => ++attempts < 3 ? throw ApiErrors.AlreadyAllocated(30007) : Task.FromResult("applied"), CancellationToken.None);

        Assert.Equal("applied", result);
        Assert.Equal([30007, 30007], checkedPorts);
        Assert.All(_notices, notice => Assert.Contains("still being released", notice));
    }

    [Fact]
    public async Task Already_allocated_is_a_conflict_when_a_live_service_holds_the_port()
    {
        var resilience = new ApiResilience(Fast, _notices.Add, (_, _) => Task.FromResult(true));
        var attempts = 0;

        await Assert.ThrowsAsync<k8s.Autorest.HttpOperationException>(() =>
            resilience.ExecuteApplyAsync<string>(_ => { attempts++; throw ApiErrors.AlreadyAllocated(30007); }, CancellationToken.None));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Already_allocated_retries_stop_after_the_release_lag_window()
    {
        var window = Fast with { ReleaseLagWindow = TimeSpan.FromMilliseconds(50) };
        var resilience = new ApiResilience(window, _notices.Add, (_, _) => Task.FromResult(false));
        var attempts = 0;

        await Assert.ThrowsAsync<k8s.Autorest.HttpOperationException>(() =>
            resilience.ExecuteApplyAsync<string>(_ => { attempts++; throw ApiErrors.AlreadyAllocated(30007); }, CancellationToken.None));

        Assert.True(attempts > 1, $"expected retries within the window, got {attempts} attempt(s)");
    }

    [Fact]
    public async Task A_refused_connection_is_retried_only_once_the_server_has_answered()
    {
        var answered = false;
        var resilience = new ApiResilience(Fast, _notices.Add, (_, _) => Task.FromResult(false), serverAnswered: () => answered);
        var attempts = 0;
        Task<string> Refused(CancellationToken _) => ++attempts % 2 == 1 ? throw Refusal() : Task.FromResult("read");

        await Assert.ThrowsAsync<HttpRequestException>(() => resilience.Transient.ExecuteAsync(async ct => await Refused(ct), CancellationToken.None).AsTask());
        Assert.Equal(1, attempts);

        answered = true;
        attempts = 0;
        Assert.Equal("read", await resilience.Transient.ExecuteAsync(async ct => await Refused(ct), CancellationToken.None));
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task An_untrusted_certificate_is_never_retried()
    {
        var resilience = new ApiResilience(Fast, _notices.Add, (_, _) => Task.FromResult(false), serverAnswered: () => true);
        var attempts = 0;
        var untrusted = new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established, see inner exception.",
            new System.Security.Authentication.AuthenticationException("The remote certificate was rejected by the provided RemoteCertificateValidationCallback."));

        await Assert.ThrowsAsync<HttpRequestException>(() => resilience.ExecuteApplyAsync<string>(_ => { attempts++; throw untrusted; }, CancellationToken.None));

        Assert.Equal(1, attempts);
        Assert.Empty(_notices);
    }

    private static HttpRequestException Refusal() => new(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:1)",
        new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused));

    [Fact]
    public void Retry_after_comes_from_the_header_or_the_status()
    {
        var header = ApiErrors.Status(HttpStatusCode.TooManyRequests, "{}", retryAfter: "3");
        var status = ApiErrors.Status(HttpStatusCode.TooManyRequests, """{"kind":"Status","code":429,"details":{"retryAfterSeconds":2}}""");

        Assert.Equal(TimeSpan.FromSeconds(3), TransientFailure.RetryAfter(header));
        Assert.Equal(TimeSpan.FromSeconds(2), TransientFailure.RetryAfter(status));
        Assert.Null(TransientFailure.RetryAfter(new HttpRequestException("reset")));
    }

    [Fact]
    public void Retry_after_is_capped_at_30_seconds_and_never_negative()
    {
        var hour = ApiErrors.Status(HttpStatusCode.TooManyRequests, "{}", retryAfter: "3600");
        var statusDay = ApiErrors.Status(HttpStatusCode.TooManyRequests, """{"kind":"Status","code":429,"details":{"retryAfterSeconds":86400}}""");
        var negative = ApiErrors.Status(HttpStatusCode.TooManyRequests, """{"kind":"Status","code":429,"details":{"retryAfterSeconds":-5}}""");

        Assert.Equal(TimeSpan.FromSeconds(30), TransientFailure.RetryAfter(hour));
        Assert.Equal(TimeSpan.FromSeconds(30), TransientFailure.RetryAfter(statusDay));
        Assert.Equal(TimeSpan.Zero, TransientFailure.RetryAfter(negative));
    }
}
