namespace InfraSdk.Deploy.Access;

/// <summary>One file to write: its name in the folder, its text, and what of the text decides whether it changed.</summary>
internal sealed record AccessFile(string Name, string Content, Func<string, string>? Comparable = null)
{
    public bool SameAs(string existing) => Comparable is { } comparable ? comparable(existing) == comparable(Content) : existing == Content;
}
