namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>
/// Records whether the API server has answered any request yet. Until it has, a connection that cannot be made is a
/// wrong address or a server that is down, the user's to fix, and not worth a retry.
/// </summary>
internal sealed class ServerContact : DelegatingHandler
{
    private volatile bool _answered;

    public bool Answered => _answered;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        _answered = true;
        return response;
    }
}
