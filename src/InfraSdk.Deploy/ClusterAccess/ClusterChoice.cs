namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>Which cluster a command talks to, as its options say.</summary>
internal sealed record ClusterChoice(bool Local, bool Keep, string? Kubeconfig, string? Context);
