using System;

namespace InfraSdk.Manifests;

/// <summary>
/// What mapping a declaration needs besides the declaration: its topology, the topology's namespace, and a way to
/// read a project file (at compile time the build's AdditionalFiles; at run time the file system). The reader
/// returns null for a file it cannot read.
/// </summary>
internal sealed class ManifestContext(string topology, string topologyNamespace, Func<string, string?> readFile)
{
    public string Topology { get; } = topology;

    public string TopologyNamespace { get; } = topologyNamespace;

    public string ReadFile(string path) => readFile(path) ?? throw new UnreadableFileException(path);
}

/// <summary>A file a declaration names could not be read (at compile time the manifest is then mapped at run time).</summary>
internal sealed class UnreadableFileException(string path) : Exception($"The file \"{path}\" could not be read.")
{
    public string Path { get; } = path;
}
