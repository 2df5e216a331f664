using InfraSdk.Deploy.Planning;

namespace InfraSdk.Deploy.Applying;

/// <summary>The changes an apply made (or would make, on a dry run) and the objects the server refused.</summary>
internal sealed record ApplyResult(IReadOnlyList<Change> Changes, IReadOnlyList<string> Failures);
