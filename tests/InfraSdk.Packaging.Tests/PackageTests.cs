using System.IO.Compression;
using System.Xml.Linq;

namespace InfraSdk.Packaging.Tests;

/// <summary>`dotnet pack` makes one InfraSdk package that a fresh project consumes from a local folder feed.</summary>
[Collection(DotNetBuilds.Name)]
public sealed class PackageTests
{
    [Fact]
    public async Task Fresh_project_consuming_the_package_from_a_folder_feed_sees_IS0001()
    {
        using var work = new TempDirectory("package");
        var feed = Path.Combine(work.Path, "feed");
        var version = "0.0.0-test." + Guid.NewGuid().ToString("N")[..12];

        var pack = await DotNetCli.RunAsync(
            Repository.Root,
            "pack", Repository.File("src", "InfraSdk", "InfraSdk.csproj"),
            "--no-build", "--no-restore", "-c", Repository.Configuration, "-o", feed, "-nodeReuse:false",
            $"-p:PackageVersion={version}", $"-p:NuspecOutputPath={Path.Combine(work.Path, "nuspec")}");
        Assert.True(pack.ExitCode == 0, pack.Output);

        var package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
        AssertLayout(package);

        work.Write("consumer/nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        work.Write("consumer/Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{Path.Combine(work.Path, "packages")}</RestorePackagesPath>
                <RestoreAdditionalProjectFallbackFolders>{GlobalPackagesFolder()}</RestoreAdditionalProjectFallbackFolders>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="InfraSdk" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
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

        using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var dependencies = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string?)e.Attribute("id"));
        Assert.Equal(["KubernetesClient"], dependencies);
    }

    private static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
