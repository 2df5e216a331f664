using System.Net;
using System.Net.Sockets;
using InfraSdk.Deploy.Tests.Infrastructure;
using InfraSdk.LocalCluster;
using k8s;
using k8s.KubeConfigModels;

namespace InfraSdk.Deploy.Tests.BadInput;

/// <summary>
/// One running cluster and, beside it, kubeconfigs that are wrong in one way each; every one carries a client
/// certificate and key as well as the token, so that a leak of either can be looked for.
/// </summary>
public sealed class BadKubeconfigs : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("infrasdk-bad-kubeconfigs-");
    private readonly BlackholeServer _blackhole = new();
    private TestCluster? _cluster;

    public string Token { get; private set; } = "";

    /// <summary>The tokens the cluster issued for the expired and namespace-limited cases; none may ever be printed either.</summary>
    public List<string> IssuedTokens { get; } = [];

    private readonly (string CertificateData, string KeyData) _client = Credentials.Client();

    public string ClientKeyData => _client.KeyData;

    /// <summary>The files by case name; "missing" names a file that does not exist.</summary>
    public Dictionary<string, string> Files { get; } = [];

    public async Task InitializeAsync()
    {
        _cluster = await TestCluster.StartAsync();
        Token = _cluster.Cluster.Kubeconfig.Users.Single().UserCredentials.Token;
        var good = Variant(_ => { });
        Write("good", good);
        Files["missing"] = Path.Combine(_folder.FullName, "no-such-kubeconfig");
        Write("empty", "");
        Write("malformed", "apiVersion: v1\nclusters: {{{ [ not yaml\n");
        Write("truncated", good[..(good.IndexOf("certificate-authority-data: ", StringComparison.Ordinal) + 40)]);
        Write("bad-base64", Variant(config => config.Clusters.Single().ClusterEndpoint.CertificateAuthorityData = "not*base64"));
        Write("damaged-key", Variant(config => config.Users.Single().UserCredentials.ClientKeyData = Convert.ToBase64String(Convert.FromBase64String(ClientKeyData)[..300])));
        Write("missing-ca-file", Variant(config => UseAuthorityFile(config, Path.Combine(_folder.FullName, "no-such-ca.crt"))));
        Write("ca-file-is-a-folder", Variant(config => UseAuthorityFile(config, _folder.FullName)));
        Write("silent-exec-plugin", Variant(config => config.Users.Single().UserCredentials.ExternalExecution = new ExternalExecution
        {
            ApiVersion = "client.authentication.k8s.io/v1beta1",
            Command = "false",
        }));
        Write("refused", Variant(config => config.Clusters.Single().ClusterEndpoint.Server = $"https://127.0.0.1:{ClosedPort()}"));
        Write("blackhole", Variant(config => config.Clusters.Single().ClusterEndpoint.Server = $"https://127.0.0.1:{_blackhole.Port}"));
        Write("wrong-ca", Variant(config => config.Clusters.Single().ClusterEndpoint.CertificateAuthorityData = Credentials.UnrelatedAuthorityData()));
        Write("wrong-token", Variant(config => config.Users.Single().UserCredentials.Token = "wrong-" + Guid.NewGuid().ToString("N")));
        Write("expired-token", Variant(config => config.Users.Single().UserCredentials.Token = Issue(new TokenOptions { ExpiresAfter = TimeSpan.Zero })));
        Write("forbidden-namespace", Variant(config => config.Users.Single().UserCredentials.Token = Issue(new TokenOptions { User = "ci-bot", WritableNamespaces = ["team-a"] })));
    }

    public string Good => Files["good"];

    /// <summary>The cluster's kubeconfig with a client certificate and key added, then changed by <paramref name="change"/>, as YAML.</summary>
    private string Variant(Action<K8SConfiguration> change)
    {
        var config = KubernetesClientConfiguration.LoadKubeConfig(_cluster!.Kubeconfig);
        config.Users.Single().UserCredentials.ClientCertificateData = _client.CertificateData;
        config.Users.Single().UserCredentials.ClientKeyData = ClientKeyData;
        change(config);
        return KubernetesYaml.Serialize(config);
    }

    private string Issue(TokenOptions options)
    {
        var token = _cluster!.Cluster.IssueToken(options);
        IssuedTokens.Add(token);
        return token;
    }

    private static void UseAuthorityFile(K8SConfiguration config, string path)
    {
        config.Clusters.Single().ClusterEndpoint.CertificateAuthorityData = null;
        config.Clusters.Single().ClusterEndpoint.CertificateAuthority = path;
    }

    private void Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name + ".yaml");
        File.WriteAllText(path, text);
        Files[name] = path;
    }

    /// <summary>A loopback port nothing listens on: bound, then released.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async Task DisposeAsync()
    {
        _blackhole.Dispose();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        _folder.Delete(recursive: true);
    }
}
