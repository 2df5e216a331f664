using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Rules;
using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Hosting;

/// <summary>What every command of one run shares: the console (behind the secret redactor), the topology, its rules and the retry timing.</summary>
internal sealed class HostContext
{
    public HostContext(AppConsole console, DesiredTopology topology, RetryTiming timing, TimeProvider time, TopologyRules? rules = null)
    {
        Console = console;
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

    public SecretRedactor Redactor { get; } = new();

    /// <summary>Standard output, secrets masked.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error, secrets masked.</summary>
    public TextWriter Error { get; }
}
