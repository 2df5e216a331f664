using System.CommandLine;
using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Probing;
using InfraSdk.Kubernetes;

namespace InfraSdk.Deploy.Commands;

/// <summary>The options several commands share, each defined once.</summary>
internal sealed class CommandOptions
{
    public Option<bool> Local { get; } = new("--local") { Description = "Start an embedded 3-node cluster for this command only." };

    public Option<bool> Keep { get; } = new("--keep") { Description = "With --local: keep the cluster running afterwards (until Ctrl+C) and print its kubeconfig path." };

    public Option<string?> Kubeconfig { get; } = new("--kubeconfig") { Description = "The kubeconfig file (default: KUBECONFIG, then ~/.kube/config)." };

    public Option<string?> Context { get; } = new("--context") { Description = "The kubeconfig context to use (default: its current context)." };

    public Option<OutputFormat> Output { get; } = new("--output", "-o") { Description = "text, or json for CI (human text then goes to stderr).", DefaultValueFactory = _ => OutputFormat.Text };

    public Option<int> Parallel { get; } = new("--parallel") { Description = "How many API requests at once.", DefaultValueFactory = _ => 8 };

    public Option<string?> NodePortRange { get; } = new("--node-port-range")
    {
        Description = "The cluster's --service-node-port-range, FIRST-LAST; the API does not tell it (default 30000-32767, or the local cluster's).",
    };

    public Option<TimeSpan> Timeout { get; } = new("--timeout") { Description = "How long to wait for ready replicas and endpoints (and, with --recreate, for each replaced object to be gone).", DefaultValueFactory = _ => TimeSpan.FromMinutes(2), CustomParser = Duration.Parse };

    public Option<AddressType> AddressType { get; } = new("--address-type") { Description = "Which node address to probe.", DefaultValueFactory = _ => Probing.AddressType.InternalIP };

    public Option<ProbeMode> Probe { get; } = new("--probe") { Description = "For TCP ports: auto (each Service's probe, else a connect), tcp or http. UDP ports always get a datagram that must be answered.", DefaultValueFactory = _ => ProbeMode.Auto };

    public Option<TimeSpan> ProbeTimeout { get; } = new("--probe-timeout") { Description = "How long each probe waits for an answer.", DefaultValueFactory = _ => TimeSpan.FromSeconds(2), CustomParser = Duration.Parse };

    public Option<int> ProbeConcurrency { get; } = new("--probe-concurrency") { Description = "How many probes at once.", DefaultValueFactory = _ => 64 };

    public Option<int> ProbeAttempts { get; } = new("--probe-attempts")
    {
        Description = "How many times a pair that does not answer is probed before it is reported (a quarter second, then half a second, ... apart).",
        DefaultValueFactory = _ => VerifySettings.DefaultAttempts,
    };

    public Option<TimeSpan> VerifyTimeout { get; } = new("--verify-timeout")
    {
        Description = "How long all probes may take together; a pair not answered by then is reported as timeout (no-reply for UDP).",
        DefaultValueFactory = _ => VerifySettings.DefaultTotalTimeout,
        CustomParser = Duration.Parse,
    };

    public CommandOptions()
    {
        Parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 64)
            {
                result.AddError("--parallel must be between 1 and 64.");
            }
        });
        ProbeConcurrency.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1024)
            {
                result.AddError("--probe-concurrency must be between 1 and 1024.");
            }
        });
        ProbeAttempts.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 10)
            {
                result.AddError("--probe-attempts must be between 1 and 10.");
            }
        });
        NodePortRange.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !Kubernetes.NodePortRange.TryParse(text, out _))
            {
                result.AddError($"--node-port-range must be FIRST-LAST, such as 30000-32767; \"{text}\" is not.");
            }
        });
    }

    public void AddCluster(Command command)
    {
        command.Options.Add(Local);
        command.Options.Add(Keep);
        command.Options.Add(Kubeconfig);
        command.Options.Add(Context);
    }

    public void AddVerify(Command command)
    {
        command.Options.Add(AddressType);
        command.Options.Add(Probe);
        command.Options.Add(ProbeTimeout);
        command.Options.Add(ProbeConcurrency);
        command.Options.Add(ProbeAttempts);
        command.Options.Add(VerifyTimeout);
    }

    public ClusterChoice ReadCluster(ParseResult parse) =>
        new(parse.GetValue(Local), parse.GetValue(Keep), parse.GetValue(Kubeconfig), parse.GetValue(Context));

    public VerifySettings ReadVerify(ParseResult parse) =>
        new(parse.GetValue(AddressType), parse.GetValue(Probe), parse.GetValue(ProbeConcurrency), parse.GetValue(ProbeTimeout))
        {
            Attempts = parse.GetValue(ProbeAttempts),
            TotalTimeout = parse.GetValue(VerifyTimeout),
        };

    /// <summary>--node-port-range, else the range the cluster told (local), else the Kubernetes default.</summary>
    public NodePortRange ReadRange(ParseResult parse, NodePortRange? known) =>
        parse.GetValue(NodePortRange) is { } text && Kubernetes.NodePortRange.TryParse(text, out var range)
            ? range
            : known ?? Kubernetes.NodePortRange.Default;
}
