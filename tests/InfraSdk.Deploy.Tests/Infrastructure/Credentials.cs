using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>Freshly made certificates and keys, base64 as a kubeconfig holds them: a CA nobody uses, and a client certificate with its key.</summary>
internal static class Credentials
{
    /// <summary>A self-signed CA certificate (PEM, base64) that signed nothing any server presents.</summary>
    public static string UnrelatedAuthorityData()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=unrelated-ca", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return Base64(certificate.ExportCertificatePem());
    }

    /// <summary>A client certificate and its private key (PEM, base64).</summary>
    public static (string CertificateData, string KeyData) Client()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=someone", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return (Base64(certificate.ExportCertificatePem()), Base64(key.ExportPkcs8PrivateKeyPem()));
    }

    private static string Base64(string pem) => Convert.ToBase64String(Encoding.ASCII.GetBytes(pem));
}
