using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Planning;

/// <summary>
/// One object's change, with the fields an update touches, the reason it cannot be made (<paramref name="Problem"/>),
/// or why it must be replaced (<paramref name="Reason"/>).
/// </summary>
internal sealed record Change(ObjectKey Key, ChangeAction Action, IReadOnlyList<FieldChange> Fields, string? Problem = null, string? Reason = null)
{
    public static Change Of(ObjectKey key, ChangeAction action) => new(key, action, []);

    public static Change Replace(ObjectKey key, string reason) => new(key, ChangeAction.Replace, [], Reason: reason);
}
