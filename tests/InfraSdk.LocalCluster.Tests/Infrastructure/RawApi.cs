using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using k8s.KubeConfigModels;

namespace InfraSdk.LocalCluster.Tests.Infrastructure;

/// <summary>
/// Plain HTTPS requests to a cluster's API server, trusting only its CA, for asserting status codes, headers and
/// Status bodies exactly.
/// </summary>
internal sealed class RawApi : IDisposable
{
    private readonly HttpClient _http;

    public RawApi(LocalCluster cluster, string? token = null)
        : this(cluster.Kubeconfig, token)
    {
    }

    /// <summary>The API server a kubeconfig names (a cluster in another process, say), with its token unless given one.</summary>
    public RawApi(K8SConfiguration kubeconfig, string? token = null)
    {
        var cluster0 = kubeconfig.Clusters.Single().ClusterEndpoint;
        var authority = X509Certificate2.CreateFromPem(Encoding.ASCII.GetString(Convert.FromBase64String(cluster0.CertificateAuthorityData)));
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
        {
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(authority);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            return certificate is not null && chain.Build(new X509Certificate2(certificate));
        };
        _http = new HttpClient(handler) { BaseAddress = new Uri(cluster0.Server), Timeout = TimeSpan.FromSeconds(20) };
        var bearer = token ?? kubeconfig.Users.Single().UserCredentials.Token;
        if (bearer.Length > 0)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
    }

    public sealed record Response(HttpStatusCode Status, JsonNode? Body, HttpResponseHeaders Headers)
    {
        public string? Message => (string?)Body?["message"];
    }

    public Task<Response> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null, null);

    public Task<Response> PostAsync(string path, string json) => SendAsync(HttpMethod.Post, path, json, "application/json");

    public Task<Response> PatchAsync(string path, string body, string contentType) => SendAsync(HttpMethod.Patch, path, body, contentType);

    public Task<Response> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null, null);

    public Task<Response> SendAsync(HttpMethod method, string path, string? body, string? contentType) =>
        SendContentAsync(method, path, body is null ? null : new StringContent(body, Encoding.UTF8), contentType);

    /// <summary>A POST of raw bytes, such as a protobuf body.</summary>
    public Task<Response> PostBytesAsync(string path, byte[] body, string contentType) =>
        SendContentAsync(HttpMethod.Post, path, new ByteArrayContent(body), contentType);

    private async Task<Response> SendContentAsync(HttpMethod method, string path, HttpContent? content, string? contentType)
    {
        using var request = new HttpRequestMessage(method, path);
        if (content is not null)
        {
            request.Content = content;
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType!);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Response(response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response.Headers);
    }

    public void Dispose() => _http.Dispose();
}
