namespace InfraSdk.Deploy.Access;

/// <summary>What access wrote, for <c>--output json</c>: the folder, each file and whether the last pass rewrote it, the counts, and how many passes rewrote something.</summary>
internal sealed class AccessReport(string directory)
{
    public string Directory { get; } = directory;

    public IReadOnlyList<(string Name, bool Written)> Files { get; set; } = [];

    public int Nodes { get; set; }

    public int Services { get; set; }

    public int Ports { get; set; }

    public int Backends { get; set; }

    public int Answered { get; set; }

    /// <summary>Passes that changed at least one file (the first included when it wrote anything).</summary>
    public int Rewrites { get; set; }

    public bool AnySource { get; set; }
}
