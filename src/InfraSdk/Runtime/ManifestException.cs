namespace InfraSdk;

/// <summary>A declaration could not be made into its manifest when the program ran, e.g. a ConfigMap's file is missing; the message says which and why.</summary>
public sealed class ManifestException(string message) : Exception(message);
