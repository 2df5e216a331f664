namespace InfraSdk.LocalCluster;

/// <summary>
/// A fraction (<paramref name="Rate"/>, 0 to 1) of WRITE requests fail with one of <paramref name="Kinds"/>, picked
/// at random; <paramref name="Seed"/> makes the sequence repeatable.
/// </summary>
public sealed record ApiFaults(double Rate, ApiFaultKind Kinds = ApiFaultKind.All, int? Seed = null);

/// <summary>How an injected API fault shows itself.</summary>
[Flags]
public enum ApiFaultKind
{
    /// <summary>500 with an InternalError Status.</summary>
    InternalError = 1,

    /// <summary>429 with a TooManyRequests Status and Retry-After.</summary>
    TooManyRequests = 2,

    /// <summary>The connection is dropped without a response.</summary>
    DroppedConnection = 4,

    All = InternalError | TooManyRequests | DroppedConnection,
}
