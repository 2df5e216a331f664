namespace InfraSdk.Deploy.Hosting;

/// <summary>The process exit codes of every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The work failed: a rejected apply, a timeout, an unreachable node.</summary>
    public const int Failure = 1;

    /// <summary>The command could not start: bad arguments, no cluster, nothing to confirm with.</summary>
    public const int Usage = 2;

    /// <summary>The plan has nodePort conflicts; nothing was changed.</summary>
    public const int Conflicts = 3;

    /// <summary>deploy would have to delete and re-create objects (immutable fields changed) and --recreate was not given; nothing was changed.</summary>
    public const int NeedsRecreate = 4;

    /// <summary>The cluster cannot be used: its API server cannot be reached, its certificate is not trusted, or it does not accept the credentials.</summary>
    public const int ClusterUnusable = 5;

    /// <summary>Stopped by Ctrl+C (SIGINT) or SIGTERM, as a shell reports a process ended by SIGINT: 128 + 2.</summary>
    public const int Cancelled = 130;
}
