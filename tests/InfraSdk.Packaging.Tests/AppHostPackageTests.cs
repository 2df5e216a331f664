namespace InfraSdk.Packaging.Tests;

/// <summary>
/// The app host and the embedded cluster are two packages: an app with InfraSdk.Deploy alone carries neither ASP.NET
/// Core nor SQLite and its --local names the package to add; with InfraSdk.LocalCluster too, --local starts a cluster.
/// </summary>
[Collection(DotNetBuilds.Name)]
public sealed class AppHostPackageTests
{
    private const string Sentence = "The embedded cluster (--local, cluster start) is in the InfraSdk.LocalCluster package";

    [Fact]
    public async Task An_app_with_the_app_host_alone_has_no_AspNetCore_or_Sqlite_and_local_names_the_package()
    {
        using var work = new TempDirectory("apphost");
        var feed = new FolderFeed(work);
        await feed.PackAsync("InfraSdk");
        var deploy = Nuspec.Read(await feed.PackAsync("InfraSdk.Deploy"));
        Assert.Contains("InfraSdk", deploy.Dependencies);
        Assert.DoesNotContain(deploy.Dependencies, IsEmbeddedClusterDependency);
        Assert.Empty(deploy.FrameworkReferences);

        var output = await BuildAppAsync(work, feed, "return await InfraSdk.Deploy.InfraApp.RunAsync(args, Shop.ShopTopology.Manifests);", "InfraSdk", "InfraSdk.Deploy");

        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.Contains("InfraSdk.Deploy.dll", files);
        Assert.DoesNotContain(files, file => IsEmbeddedClusterDependency(file!) || file!.StartsWith("InfraSdk.LocalCluster", StringComparison.Ordinal));
        Assert.DoesNotContain("Microsoft.AspNetCore", File.ReadAllText(Path.Combine(output, "Consumer.runtimeconfig.json")), StringComparison.Ordinal);
        var deps = File.ReadAllText(Path.Combine(output, "Consumer.deps.json"));
        Assert.False(IsEmbeddedClusterDependency(deps), deps);

        foreach (var command in new[] { new[] { "deploy", "--local" }, ["cluster", "start"] })
        {
            var run = await DotNetCli.RunAsync(output, ["exec", "Consumer.dll", .. command]);
            Assert.True(run.ExitCode == 2, run.Output);
            var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: " + Sentence, line);
        }
    }

    [Fact]
    public async Task An_app_with_the_LocalCluster_package_too_plans_against_a_local_cluster()
    {
        using var work = new TempDirectory("localcluster");
        var feed = new FolderFeed(work);
        await feed.PackAsync("InfraSdk");
        await feed.PackAsync("InfraSdk.Deploy");
        var localCluster = Nuspec.Read(await feed.PackAsync("InfraSdk.LocalCluster"));
        Assert.Contains("InfraSdk.Deploy", localCluster.Dependencies);
        Assert.Contains("Microsoft.AspNetCore.App", localCluster.FrameworkReferences);

        var output = await BuildAppAsync(
            work, feed, "return await InfraSdk.Deploy.InfraApp.RunAsync(args, new InfraSdk.LocalCluster.LocalClusterSupport(), Shop.ShopTopology.Manifests);",
            "InfraSdk", "InfraSdk.Deploy", "InfraSdk.LocalCluster");
        Assert.Contains(Directory.GetFiles(output, "*", SearchOption.AllDirectories), file => IsEmbeddedClusterDependency(Path.GetFileName(file)));

        var plan = await DotNetCli.RunAsync(output, "exec", "Consumer.dll", "plan", "--local");
        Assert.True(plan.ExitCode == 0, plan.Output);
        Assert.Contains("Cluster: embedded cluster (https://127.0.0.1:", plan.Output);
        Assert.Contains("create    Service shop/my-nodeport-service", plan.Output);
        Assert.DoesNotContain(Sentence, plan.Output);
    }

    /// <summary>ASP.NET Core, SQLite or Google.Protobuf, by the names of their assemblies, native libraries and packages.</summary>
    private static bool IsEmbeddedClusterDependency(string text) =>
        new[] { "Microsoft.AspNetCore", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "e_sqlite3", "Google.Protobuf" }.Any(name => text.Contains(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Builds a console app with the seed's topology and <paramref name="program"/> from the feed; returns its output folder.</summary>
    private static async Task<string> BuildAppAsync(TempDirectory work, FolderFeed feed, string program, params string[] packages)
    {
        feed.WriteConsumer("app", "Exe", packages);
        work.Write("app/ShopTopology.cs", TopologySources.Shop);
        work.Write("app/Program.cs", program);
        var app = Path.Combine(work.Path, "app");
        var build = await DotNetCli.RunAsync(app, "build", "-nodeReuse:false", "-clp:NoSummary", "-o", Path.Combine(app, "out"));
        Assert.True(build.ExitCode == 0, build.Output);
        return Path.Combine(app, "out");
    }
}
