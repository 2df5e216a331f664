using InfraSdk.Deploy.Hosting;
using k8s;
using k8s.KubeConfigModels;

namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>Hands every credential in a kubeconfig to the redactor before anything can print it.</summary>
internal static class KubeconfigSecrets
{
    public static void Register(K8SConfiguration config, SecretRedactor redactor)
    {
        foreach (var credentials in (config.Users ?? []).Select(user => user.UserCredentials).OfType<UserCredentials>())
        {
            redactor.Add(credentials.Token);
            redactor.Add(credentials.Password);
            redactor.Add(credentials.ClientKeyData);
            redactor.Add(credentials.ClientCertificateData);
        }
    }

    public static void Register(KubernetesClientConfiguration config, SecretRedactor redactor)
    {
        redactor.Add(config.AccessToken);
        redactor.Add(config.Password);
        redactor.Add(config.ClientCertificateKeyData);
        redactor.Add(config.ClientCertificateData);
    }
}
