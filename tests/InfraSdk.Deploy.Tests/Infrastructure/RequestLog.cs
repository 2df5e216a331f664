namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>Records every request a KubernetesClient sends, as "GET /api/v1/services?labelSelector=...".</summary>
internal sealed class RequestLog : DelegatingHandler
{
    private readonly List<string> _requests = [];

    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_requests)
        {
            _requests.Add($"{request.Method} {Uri.UnescapeDataString(request.RequestUri!.PathAndQuery)}");
        }

        return base.SendAsync(request, cancellationToken);
    }
}
