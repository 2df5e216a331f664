using InfraSdk.Deploy.Tests.Infrastructure;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Tests;

public sealed class ManifestsCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("infrasdk-manifests-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Writes_one_file_per_object_and_a_kustomization_that_kubectl_accepts()
    {
        var unrelated = Path.Combine(_folder.FullName, "shop", "notes.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(unrelated)!);
        await File.WriteAllTextAsync(unrelated, "keep me");

        var result = await Cli.RunAsync(ShopLike.Create(), "manifests", "-o", _folder.FullName);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("keep me", await File.ReadAllTextAsync(unrelated));
        var files = Directory.GetFiles(_folder.FullName, "*.yaml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(_folder.FullName, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "kustomization.yaml", "shop/deployment-my-web-app.yaml", "shop/deployment-syslog.yaml", "shop/namespace-shop.yaml",
                "shop/service-my-nodeport-service.yaml", "shop/service-my-web-internal.yaml", "shop/service-syslog-udp.yaml",
            ],
            files);
        var service = KubernetesYaml.Deserialize<V1Service>(await File.ReadAllTextAsync(Path.Combine(_folder.FullName, "shop", "service-my-nodeport-service.yaml")));
        Assert.Equal(30007, service.Spec.Ports[0].NodePort);

        var built = await Kubectl.RunAsync("kustomize", _folder.FullName);
        Assert.True(built.ExitCode == 0, $"kubectl kustomize refused the folder: {built}");
        var objects = KubernetesYaml.LoadAllFromString(built.Out);
        Assert.Equal(6, objects.Count);
        Assert.Contains(objects, o => o is V1Service { Metadata.Name: "my-nodeport-service" });
        Assert.Contains(objects, o => o is V1Namespace { Metadata.Name: "shop" });
    }

    [Fact]
    public async Task Rewrites_its_own_kustomization_but_refuses_to_replace_a_foreign_one()
    {
        Assert.Equal(0, (await Cli.RunAsync(ShopLike.Create(), "manifests", "-o", _folder.FullName)).ExitCode);
        Assert.Equal(0, (await Cli.RunAsync(ShopLike.Create(), "manifests", "-o", _folder.FullName)).ExitCode);

        var kustomization = Path.Combine(_folder.FullName, "kustomization.yaml");
        await File.WriteAllTextAsync(kustomization, "resources: [mine.yaml]\n");
        var refused = await Cli.RunAsync(ShopLike.Create(), "manifests", "-o", _folder.FullName);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("was not written by InfraSdk", refused.Error);
        Assert.Equal("resources: [mine.yaml]\n", await File.ReadAllTextAsync(kustomization));
    }

    [Fact]
    public async Task Dash_writes_one_multi_document_stream_to_stdout()
    {
        var result = await Cli.RunAsync(ShopLike.Create(), "manifests", "-o", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(5, result.Out.Split('\n').Count(line => line == "---"));
        var objects = KubernetesYaml.LoadAllFromString(result.Out);
        var service = Assert.Single(objects.OfType<V1Service>(), s => s.Metadata.Name == "my-nodeport-service");
        Assert.Equal("NodePort", service.Spec.Type);
        Assert.Equal(80, service.Spec.Ports[0].Port);
        Assert.Equal("8080", service.Spec.Ports[0].TargetPort.Value);
        Assert.Equal(30007, service.Spec.Ports[0].NodePort);
        Assert.Equal("my-web-app", service.Spec.Selector["app"]);
        Assert.Contains(objects.OfType<V1Deployment>(), d => d.Metadata.Name == "my-web-app");
    }

    [Fact]
    public async Task Missing_output_is_a_one_sentence_usage_error()
    {
        var result = await Cli.RunAsync(ShopLike.Create(), "manifests");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--output", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
