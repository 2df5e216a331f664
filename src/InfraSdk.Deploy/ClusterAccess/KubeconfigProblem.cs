using System.Security.Cryptography;
using System.Text.RegularExpressions;
using k8s.Exceptions;
using YamlDotNet.Core;

namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>
/// Why KubernetesClient could not load or use a kubeconfig, in words: its own message for what it checks, and for
/// what it does not (an empty file, text that is not YAML, a file cut short) what the user should look at. Never the
/// file's content, which may hold credentials.
/// </summary>
internal static partial class KubeconfigProblem
{
    public static string? Describe(Exception error) => error switch
    {
        KubeConfigException config => FirstLine(config.Message),
        YamlException yaml => $"it is not valid YAML (line {yaml.Start.Line}, column {yaml.Start.Column})",
        FormatException => "a base64 value in it (certificate-authority-data, client-certificate-data or client-key-data) is not valid base64",
        CryptographicException => "a certificate or key in it cannot be read",
        FileNotFoundException missing => $"a file it names does not exist: {missing.FileName}",
        IOException or UnauthorizedAccessException => $"a file cannot be read: {error.Message.TrimEnd('.')}",
        NullReferenceException or ArgumentException or InvalidOperationException or KeyNotFoundException =>
            "it is incomplete: an entry under clusters, users or contexts lacks its name or a field it needs",
        _ => null,
    };

    /// <summary>
    /// The client's message without what it sometimes appends: an inner exception's type names and stack trace (as
    /// when an exec credential plugin prints no JSON).
    /// </summary>
    private static string FirstLine(string message) => ExceptionTypeName().Replace(message.Split('\n')[0], "").Trim().TrimEnd('.');

    [GeneratedRegex(@"\b[A-Za-z_][\w.]*Exception: ")]
    private static partial Regex ExceptionTypeName();
}
