using System.Net;

namespace InfraSdk.LocalCluster.DataPlane.Proxy;

/// <summary>A ready pod a nodePort forwards to, at the Service's targetPort.</summary>
internal sealed record Backend(string PodName, string NodeName, IPEndPoint Endpoint);
