using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace InfraSdk.LocalCluster.Tests.Watch;

/// <summary>A watch request read line by line as it streams, through a cluster's own KubernetesClient connection (its CA, its token).</summary>
internal sealed class WatchStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private WatchStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public HttpResponseMessage Response => _response;

    public static async Task<WatchStream> OpenAsync(LocalCluster cluster, k8s.Kubernetes client, string path, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(cluster.ApiUrl, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", cluster.Kubeconfig.Users.Single().UserCredentials.Token);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        var response = await client.HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new WatchStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next event, or null when the stream ended; fails the test after 20 seconds without one.</summary>
    public async Task<JsonObject?> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var line = await _reader.ReadLineAsync(timeout.Token);
        return line is null ? null : JsonNode.Parse(line)!.AsObject();
    }

    /// <summary>Every event until the stream ends (the watch's timeoutSeconds).</summary>
    public async Task<List<JsonObject>> ReadToEndAsync()
    {
        var events = new List<JsonObject>();
        while (await NextAsync() is { } next)
        {
            events.Add(next);
        }

        return events;
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
