namespace InfraSdk.LocalCluster.Tests.DataPlane;

/// <summary>How a TCP connect ended: connected, refused (a reset answered the SYN), or timed out (SYNs dropped).</summary>
internal enum ConnectOutcome
{
    Connected,
    Refused,
    TimedOut,
}
