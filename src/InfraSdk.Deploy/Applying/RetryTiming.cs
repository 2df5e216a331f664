namespace InfraSdk.Deploy.Applying;

/// <summary>
/// How API requests are retried: exponential backoff with jitter, and the window for a nodePort's release lag; and how
/// long a new connection (TCP and TLS) may take, as client-go's TLS handshake timeout bounds it.
/// </summary>
internal sealed record RetryTiming(TimeSpan BaseDelay, TimeSpan MaxDelay, int MaxAttempts, TimeSpan ReleaseLagWindow)
{
    public static readonly RetryTiming Default = new(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(8), 8, TimeSpan.FromMinutes(1));

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
