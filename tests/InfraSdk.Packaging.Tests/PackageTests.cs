using System.IO.Compression;

namespace InfraSdk.Packaging.Tests;

/// <summary>`dotnet pack` makes one InfraSdk package that a fresh project consumes from a local folder feed.</summary>
[Collection(DotNetBuilds.Name)]
public sealed class PackageTests
{
    [Fact]
    public async Task Fresh_project_consuming_the_package_from_a_folder_feed_sees_IS0001()
    {
        using var work = new TempDirectory("package");
        var feed = new FolderFeed(work);

        var package = await feed.PackAsync("InfraSdk");
        AssertLayout(package);

        feed.WriteConsumer("consumer", "Library", "InfraSdk");
        work.Write("consumer/ExtraTopology.cs", TopologySources.Extra);

        var build = await DotNetCli.RunAsync(Path.Combine(work.Path, "consumer"), "build", "-nodeReuse:false", "-clp:NoSummary");

        Assert.Contains(build.Diagnostics, d => d is { Id: "IS0001", Severity: "error", File: "ExtraTopology.cs", Line: TopologySources.OutsideLine });
    }

    private static void AssertLayout(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/net10.0/InfraSdk.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/InfraSdk.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/InfraSdk.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/InfraSdk.CodeFixes.dll", entries);
        Assert.Contains("build/InfraSdk.props", entries);
        Assert.Contains("buildTransitive/InfraSdk.props", entries);

        Assert.Equal(["KubernetesClient"], Nuspec.Read(package).Dependencies);
    }
}
