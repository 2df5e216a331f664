namespace InfraSdk.Deploy.Hosting;

/// <summary>Remembers the kubeconfig's secrets (tokens, passwords, keys) and masks them in every line written.</summary>
internal sealed class SecretRedactor
{
    private const string Mask = "[redacted]";
    private const int ShortestSecret = 6;

    private volatile string[] _secrets = [];
    private readonly Lock _gate = new();

    public void Add(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < ShortestSecret)
        {
            return;
        }

        lock (_gate)
        {
            if (!_secrets.Contains(secret, StringComparer.Ordinal))
            {
                _secrets = [.. _secrets.Append(secret).OrderByDescending(s => s.Length)];
            }
        }
    }

    public string Redact(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
