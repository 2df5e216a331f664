using System.Text;
using k8s;
using k8s.KubeConfigModels;

namespace InfraSdk.LocalCluster.Hosting;

/// <summary>The kubeconfig that reaches one cluster: its server URL, its CA and the bearer token.</summary>
internal static class KubeconfigFactory
{
    public const string ContextName = "infrasdk-local";

    public static K8SConfiguration Create(Uri server, string authorityPem, string token) => new()
    {
        ApiVersion = "v1",
        Kind = "Config",
        CurrentContext = ContextName,
        Clusters =
        [
            new Cluster
            {
                Name = ContextName,
                ClusterEndpoint = new ClusterEndpoint
                {
                    Server = server.ToString().TrimEnd('/'),
                    CertificateAuthorityData = Convert.ToBase64String(Encoding.ASCII.GetBytes(authorityPem)),
                },
            },
        ],
        Users = [new User { Name = ContextName, UserCredentials = new UserCredentials { Token = token } }],
        Contexts = [new Context { Name = ContextName, ContextDetails = new ContextDetails { Cluster = ContextName, User = ContextName, Namespace = "default" } }],
    };

    /// <summary>Writes the file readable by its owner only, replacing it atomically.</summary>
    public static void Write(K8SConfiguration config, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(KubernetesYaml.Serialize(config));
        }

        File.Move(temporary, path, overwrite: true);
    }
}
