using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class UndeclaredVolumeAnalyzerTests
{
    [Fact]
    public async Task Mounts_of_undeclared_volumes()
    {
        await new TopologyAnalyzerTest<UndeclaredVolumeAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web")
                {
                    Container = new("nginx") { VolumeMounts = { new VolumeMount({|#0:"cahce"|}, "/var/cache") } },
                    InitContainers = { new("busybox") { Name = "init", VolumeMounts = { new VolumeMount({|#1:"config"|}, "/etc/app") } } },
                    Volumes = { new EmptyDirVolume("cache") },
                };
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.UndeclaredVolume).WithLocation(0).WithArguments("/var/cache", "web", "cahce", "shop/web", "cache"),
                new DiagnosticResult(DiagnosticDescriptors.UndeclaredVolume).WithLocation(1).WithArguments("/etc/app", "init", "config", "shop/web", "cache"))
            .RunAsync();
    }

    [Fact]
    public async Task Mounts_of_declared_volumes_are_not_reported()
    {
        await new TopologyAnalyzerTest<UndeclaredVolumeAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web")
                {
                    Container = new("nginx") { VolumeMounts = { new VolumeMount("cache", "/var/cache"), new VolumeMount("config", "/etc/app", ReadOnly: true) } },
                    Volumes = { new EmptyDirVolume("cache"), new ConfigMapVolume("config", "settings") },
                };
            }
            """).RunAsync();
    }
}
