namespace InfraSdk.Packaging.Tests;

/// <summary>
/// `dotnet build` of a real project with the analyzers as the compiler loads them: diagnostics land on the right file
/// and line, and the MSBuild property InfraSdkNodePortRange reaches them.
/// </summary>
[Collection(DotNetBuilds.Name)]
public sealed class BuildDiagnosticsTests
{
    [Fact]
    public async Task Build_reports_IS0001_and_IS0002_at_their_lines_and_the_range_property_moves_IS0001_away()
    {
        using var project = new TempDirectory("build");
        project.Write("Consumer.csproj", Project(generator: false));
        project.Write("ShopTopology.cs", TopologySources.Shop);
        project.Write("ExtraTopology.cs", TopologySources.Extra);

        var defaultRange = await DotNetCli.RunAsync(project.Path, "build", "-nodeReuse:false", "-clp:NoSummary");

        Assert.NotEqual(0, defaultRange.ExitCode);
        var errors = defaultRange.Diagnostics.Where(d => d.Severity == "error").ToList();
        Assert.Contains(errors, d => d is { Id: "IS0001", File: "ExtraTopology.cs", Line: TopologySources.OutsideLine } && d.Message.Contains("30000-32767"));
        Assert.Contains(errors, d => d is { Id: "IS0002", File: "ExtraTopology.cs", Line: TopologySources.TakenLine }
                                     && d.Message.Contains($"Service shop/my-nodeport-service (ShopTopology.cs:{TopologySources.ShopNodePortLine})"));
        Assert.Contains(errors, d => d is { Id: "IS0002", File: "ShopTopology.cs", Line: TopologySources.ShopNodePortLine }
                                     && d.Message.Contains($"Service shop/taken (ExtraTopology.cs:{TopologySources.TakenLine})"));

        var widerRange = await DotNetCli.RunAsync(project.Path, "build", "-nodeReuse:false", "-clp:NoSummary", "-p:InfraSdkNodePortRange=30000-40000");

        Assert.DoesNotContain(widerRange.Diagnostics, d => d.Id == "IS0001");
        Assert.Contains(widerRange.Diagnostics, d => d is { Id: "IS0002", File: "ExtraTopology.cs", Line: TopologySources.TakenLine });
    }

    [Fact]
    public async Task Claims_recorded_by_the_generator_in_a_referenced_project_are_seen()
    {
        using var solution = new TempDirectory("claims");
        solution.Write("Shop/Shop.csproj", Project(generator: true));
        solution.Write("Shop/ShopTopology.cs", TopologySources.Shop);
        solution.Write("Extra/Extra.csproj", Project(generator: false, reference: "../Shop/Shop.csproj"));
        solution.Write("Extra/ExtraTopology.cs", TopologySources.Extra);

        var build = await DotNetCli.RunAsync(Path.Combine(solution.Path, "Extra"), "build", "-nodeReuse:false", "-clp:NoSummary");

        Assert.Contains(build.Diagnostics, d => d is { Id: "IS0002", Severity: "error", File: "ExtraTopology.cs", Line: TopologySources.TakenLine }
                                                && d.Message.Contains($"Service shop/my-nodeport-service (ShopTopology.cs:{TopologySources.ShopNodePortLine} in Shop)"));
        Assert.DoesNotContain(build.Diagnostics, d => d.File == "ShopTopology.cs");
    }

    private static string Project(bool generator, string? reference = null) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <Import Project="{Repository.File("analyzers", "InfraSdk.Package", "build", "InfraSdk.props")}" />
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="{Path.Combine(AppContext.BaseDirectory, "InfraSdk.dll")}" />
            <Analyzer Include="{RoslynComponent("analyzers", "InfraSdk.Analyzers")}" />
            {(generator ? $"<Analyzer Include=\"{RoslynComponent("generators", "InfraSdk.Generators")}\" />" : string.Empty)}
            {(reference is null ? string.Empty : $"<ProjectReference Include=\"{reference}\" />")}
          </ItemGroup>
        </Project>
        """;

    private static string RoslynComponent(string folder, string name) =>
        Repository.File(folder, name, "bin", Repository.Configuration, "netstandard2.0", name + ".dll");
}
