namespace InfraSdk.Deploy.Probing;

/// <summary>One (node, service port) pair to probe. <paramref name="HttpPath"/> set means an HTTP GET, else a TCP connect.</summary>
internal sealed record ProbeTarget(
    string Node,
    string? Address,
    string Service,
    int NodePort,
    string Protocol,
    string? HttpPath,
    bool ExpectNoLocalEndpoint)
{
    public bool IsTcp => Protocol == "TCP";
}
