using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Planning;

/// <summary>One object's change, with the fields an update touches, or the reason it cannot be made.</summary>
internal sealed record Change(ObjectKey Key, ChangeAction Action, IReadOnlyList<FieldChange> Fields, string? Problem = null)
{
    public static Change Of(ObjectKey key, ChangeAction action) => new(key, action, []);
}
