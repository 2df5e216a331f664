using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Rules;
using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Hosting;

/// <summary>
/// What every command of one run shares: the console (behind the secret redactor), the topology, its rules, the retry
/// timing and the embedded cluster, when the app host was given one.
/// </summary>
internal sealed class HostContext
{
    public HostContext(AppConsole console, DesiredTopology topology, RetryTiming timing, TimeProvider time, ILocalClusterSupport? localClusters, TopologyRules? rules = null)
    {
        Console = console;
        LocalClusters = localClusters;
        Rules = rules ?? TopologyChecks.Run;
        Topology = topology;
        Timing = timing;
        Time = time;
        Out = new RedactingWriter(console.Out, Redactor);
        Error = new RedactingWriter(console.Error, Redactor);
    }

    public AppConsole Console { get; }

    public DesiredTopology Topology { get; }

    public RetryTiming Timing { get; }

    /// <summary>The rules plan and deploy check before their first request.</summary>
    public TopologyRules Rules { get; }

    public TimeProvider Time { get; }

    /// <summary>The embedded cluster for --local and the cluster command; null without the InfraSdk.LocalCluster package.</summary>
    public ILocalClusterSupport? LocalClusters { get; }

    /// <summary>The embedded cluster, or the one sentence saying which package to add (exit 2).</summary>
    public ILocalClusterSupport RequireLocalClusters() => LocalClusters ?? throw LocalClusterMissing.Error();

    public SecretRedactor Redactor { get; } = new();

    /// <summary>Standard output, secrets masked.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error, secrets masked.</summary>
    public TextWriter Error { get; }
}
