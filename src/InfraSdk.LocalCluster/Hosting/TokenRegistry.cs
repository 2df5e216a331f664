using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace InfraSdk.LocalCluster.Hosting;

/// <summary>
/// The bearer tokens the API server accepts: the cluster's own, and the further ones it issued. Tokens are kept by
/// their SHA-256, so that looking one up takes the same time whatever it shares with a real one.
/// </summary>
internal sealed class TokenRegistry(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, TokenGrant> _grants = new(StringComparer.Ordinal);

    /// <summary>Makes a new random token that speaks for <paramref name="grant"/>.</summary>
    public string Issue(TokenGrant grant)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _grants[Hash(token)] = grant;
        return token;
    }

    public string Issue(TokenOptions options) => Issue(new TokenGrant(
        options.User,
        options.ExpiresAfter is { } lifetime ? time.GetUtcNow() + lifetime : null,
        options.WritableNamespaces?.ToHashSet(StringComparer.Ordinal)));

    /// <summary>The grant of an "Authorization: Bearer ..." header; null when it names no token or an expired one.</summary>
    public TokenGrant? Authenticate(string authorization)
    {
        const string Scheme = "Bearer ";
        if (!authorization.StartsWith(Scheme, StringComparison.Ordinal) || !_grants.TryGetValue(Hash(authorization[Scheme.Length..].Trim()), out var grant))
        {
            return null;
        }

        return grant.ExpiresAt is { } expiry && time.GetUtcNow() >= expiry ? null : grant;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
