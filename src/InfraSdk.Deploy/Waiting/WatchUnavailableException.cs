namespace InfraSdk.Deploy.Waiting;

/// <summary>The API server refused a watch request (an older or partial server): the wait polls instead.</summary>
internal sealed class WatchUnavailableException(string message, Exception inner) : Exception(message, inner);
