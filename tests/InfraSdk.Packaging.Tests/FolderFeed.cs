namespace InfraSdk.Packaging.Tests;

/// <summary>
/// A folder feed of packages packed from this repository's built projects, all with one test version, and the
/// consumer projects that restore from it (with the machine's package folder behind it for everything else).
/// </summary>
internal sealed class FolderFeed(TempDirectory work)
{
    public string Path { get; } = System.IO.Path.Combine(work.Path, "feed");

    public string Version { get; } = "0.0.0-test." + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Packs src/NAME/NAME.csproj (already built) into the feed and returns the package file.</summary>
    public async Task<string> PackAsync(string project)
    {
        var pack = await DotNetCli.RunAsync(
            Repository.Root,
            "pack", Repository.File("src", project, project + ".csproj"),
            "--no-build", "--no-restore", "-c", Repository.Configuration, "-o", Path, "-nodeReuse:false",
            $"-p:PackageVersion={Version}", $"-p:NuspecOutputPath={System.IO.Path.Combine(work.Path, "nuspec")}");
        Assert.True(pack.ExitCode == 0, pack.Output);
        return System.IO.Path.Combine(Path, $"{project}.{Version}.nupkg");
    }

    /// <summary>Writes DIRECTORY/nuget.config and DIRECTORY/Consumer.csproj referencing <paramref name="packages"/> at the feed's version.</summary>
    public void WriteConsumer(string directory, string outputType, params string[] packages)
    {
        work.Write($"{directory}/nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{Path}" />
              </packageSources>
            </configuration>
            """);
        var references = string.Join("\n    ", packages.Select(id => $"""<PackageReference Include="{id}" Version="{Version}" />"""));
        work.Write($"{directory}/Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{System.IO.Path.Combine(work.Path, "packages")}</RestorePackagesPath>
                <RestoreAdditionalProjectFallbackFolders>{GlobalPackagesFolder()}</RestoreAdditionalProjectFallbackFolders>
              </PropertyGroup>
              <ItemGroup>
                {references}
              </ItemGroup>
            </Project>
            """);
    }

    private static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
