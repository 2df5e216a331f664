using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Hosting;

/// <summary>What every command of one run shares: the console (behind the secret redactor), the topology and the retry timing.</summary>
internal sealed class HostContext
{
    public HostContext(AppConsole console, DesiredTopology topology, RetryTiming timing, TimeProvider time)
    {
        Console = console;
        Topology = topology;
        Timing = timing;
        Time = time;
        Out = new RedactingWriter(console.Out, Redactor);
        Error = new RedactingWriter(console.Error, Redactor);
    }

    public AppConsole Console { get; }

    public DesiredTopology Topology { get; }

    public RetryTiming Timing { get; }

    public TimeProvider Time { get; }

    public SecretRedactor Redactor { get; } = new();

    /// <summary>Standard output, secrets masked.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error, secrets masked.</summary>
    public TextWriter Error { get; }
}
