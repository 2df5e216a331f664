using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace InfraSdk.LocalCluster.Hosting;

/// <summary>A certificate authority made for one cluster run, and the API server's certificate it signs (SAN 127.0.0.1).</summary>
internal sealed class ClusterCertificates : IDisposable
{
    private ClusterCertificates(X509Certificate2 authority, X509Certificate2 server)
    {
        Authority = authority;
        Server = server;
    }

    /// <summary>The CA certificate, public part only, as kubeconfig's certificate-authority-data carries it.</summary>
    public X509Certificate2 Authority { get; }

    public X509Certificate2 Server { get; }

    public static ClusterCertificates Create()
    {
        var now = DateTimeOffset.UtcNow;
        using var authorityKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var authorityRequest = new CertificateRequest("CN=infrasdk-local-cluster-ca", authorityKey, HashAlgorithmName.SHA256);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        authorityRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(authorityRequest.PublicKey, false));
        using var authorityWithKey = authorityRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(1));

        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var serverRequest = new CertificateRequest("CN=kube-apiserver", serverKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        names.AddDnsName("kubernetes.default.svc");
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var serverPublic = serverRequest.Create(authorityWithKey, now.AddMinutes(-5), now.AddYears(1).AddDays(-1), serial);
        using var serverWithKey = serverPublic.CopyWithPrivateKey(serverKey);

        // Kestrel wants a certificate whose key is not ephemeral; a PKCS#12 round trip gives it one.
        var server = X509CertificateLoader.LoadPkcs12(serverWithKey.Export(X509ContentType.Pkcs12), null);
        var authority = X509CertificateLoader.LoadCertificate(authorityWithKey.Export(X509ContentType.Cert));
        return new ClusterCertificates(authority, server);
    }

    /// <summary>The CA in PEM, as certificate-authority-data holds it (base64 of the PEM text).</summary>
    public string AuthorityPem => Authority.ExportCertificatePem();

    public void Dispose()
    {
        Authority.Dispose();
        Server.Dispose();
    }
}
