using System.Text;
using System.Text.Json;

namespace InfraSdk.LocalCluster.DataPlane.Pods;

/// <summary>The bytes a built-in pod sends back, built once per pod: a JSON body naming the pod, its node and its
/// Deployment, to any request; every response closes the connection.</summary>
internal sealed class PodHttpResponses
{
    public PodHttpResponses(string pod, string node, string deployment)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new PodGreeting(pod, node, deployment), PodJsonContext.Default.PodGreeting);
        var head = Head("200 OK", "application/json", body.Length);
        Ok = [.. head, .. body];
        OkWithoutBody = head;
        var tooLarge = "request header too large\n"u8.ToArray();
        HeaderTooLarge = [.. Head("431 Request Header Fields Too Large", "text/plain", tooLarge.Length), .. tooLarge];
    }

    public byte[] Ok { get; }

    /// <summary>The answer to HEAD: the same head, no body.</summary>
    public byte[] OkWithoutBody { get; }

    public byte[] HeaderTooLarge { get; }

    private static byte[] Head(string status, string contentType, int contentLength) => Encoding.ASCII.GetBytes(
        $"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\nContent-Length: {contentLength}\r\nConnection: close\r\n\r\n");
}
