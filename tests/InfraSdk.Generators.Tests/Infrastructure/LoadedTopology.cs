using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Generators.Tests.Infrastructure;

/// <summary>
/// A compiled topology assembly loaded into a collectible context. InfraSdk itself resolves to the test's own copy,
/// so <see cref="Manifests"/> and <see cref="Resources"/> are ordinary InfraSdk objects.
/// </summary>
internal sealed class LoadedTopology : IDisposable
{
    private readonly AssemblyLoadContext _context = new("topology", isCollectible: true);
    private readonly Assembly _assembly;

    public LoadedTopology(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;
        _assembly = _context.LoadFromStream(image);
    }

    public TopologyManifests Manifests(string topologyType) => (TopologyManifests)Property(topologyType, "Manifests");

    public IReadOnlyList<Resource> Resources(string topologyType) => (IReadOnlyList<Resource>)Property(topologyType, "Resources");

    public Type Type(string topologyType) => _assembly.GetType(topologyType, throwOnError: true)!;

    public void Dispose() => _context.Unload();

    private object Property(string topologyType, string name) =>
        Type(topologyType).GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
