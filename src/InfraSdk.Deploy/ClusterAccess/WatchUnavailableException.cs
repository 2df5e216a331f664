namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>The API server refused a watch request (an older or partial server): the caller polls instead.</summary>
internal sealed class WatchUnavailableException(string message, Exception inner) : Exception(message, inner);
