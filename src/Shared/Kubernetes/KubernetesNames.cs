using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace InfraSdk.Kubernetes;

/// <summary>
/// The name rules of k8s.io/apimachinery/pkg/util/validation, with the API server's messages word for word.
/// Each check returns the problems it finds, empty when the value is valid.
/// </summary>
internal static class KubernetesNames
{
    public const int Dns1123LabelMaxLength = 63;
    public const int Dns1123SubdomainMaxLength = 253;
    public const int Dns1035LabelMaxLength = 63;
    public const int LabelValueMaxLength = 63;
    public const int QualifiedNameMaxLength = 63;

    public const string Dns1123LabelMessage = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
    public const string Dns1123SubdomainMessage = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
    public const string Dns1035LabelMessage = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
    public const string LabelValueMessage = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
    public const string QualifiedNameMessage = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    private static readonly Regex Dns1123Label = new("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant);
    private static readonly Regex Dns1123Subdomain = new(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", RegexOptions.CultureInvariant);
    private static readonly Regex Dns1035Label = new("^[a-z]([-a-z0-9]*[a-z0-9])?$", RegexOptions.CultureInvariant);
    private static readonly Regex QualifiedNamePart = new("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$", RegexOptions.CultureInvariant);
    private static readonly Regex LabelValue = new("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", RegexOptions.CultureInvariant);

    /// <summary>IsDNS1123Label: e.g. a port name or a namespace.</summary>
    public static IReadOnlyList<string> CheckDns1123Label(string value) =>
        Check(value, Dns1123LabelMaxLength, Dns1123Label, Dns1123LabelMessage);

    /// <summary>IsDNS1123Subdomain: e.g. a Deployment name.</summary>
    public static IReadOnlyList<string> CheckDns1123Subdomain(string value) =>
        Check(value, Dns1123SubdomainMaxLength, Dns1123Subdomain, Dns1123SubdomainMessage);

    /// <summary>IsDNS1035Label: e.g. a Service name.</summary>
    public static IReadOnlyList<string> CheckDns1035Label(string value) =>
        Check(value, Dns1035LabelMaxLength, Dns1035Label, Dns1035LabelMessage);

    /// <summary>IsValidLabelValue.</summary>
    public static IReadOnlyList<string> CheckLabelValue(string value) =>
        value.Length == 0 ? [] : Check(value, LabelValueMaxLength, LabelValue, LabelValueMessage);

    /// <summary>IsQualifiedName: a label key such as "app.kubernetes.io/name".</summary>
    public static IReadOnlyList<string> CheckQualifiedName(string value)
    {
        var errors = new List<string>();
        var parts = value.Split('/');
        string name;
        switch (parts.Length)
        {
            case 1:
                name = parts[0];
                break;
            case 2:
                name = parts[1];
                if (parts[0].Length == 0)
                {
                    errors.Add("prefix part must be non-empty");
                }
                else
                {
                    foreach (var problem in CheckDns1123Subdomain(parts[0]))
                    {
                        errors.Add("prefix part " + problem);
                    }
                }

                break;
            default:
                errors.Add("a qualified name " + RegexError(QualifiedNameMessage, "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]") +
                           " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
                return errors;
        }

        if (name.Length == 0)
        {
            errors.Add("name part must be non-empty");
        }
        else if (name.Length > QualifiedNameMaxLength)
        {
            errors.Add("name part must be no more than 63 characters");
        }

        if (name.Length > 0 && !QualifiedNamePart.IsMatch(name))
        {
            errors.Add(RegexError(QualifiedNameMessage, "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]") + " (e.g. 'MyName',  or 'my.name',  or '123-abc')");
        }

        return errors;
    }

    private static IReadOnlyList<string> Check(string value, int maxLength, Regex pattern, string message)
    {
        var errors = new List<string>(2);
        if (value.Length > maxLength)
        {
            errors.Add("must be no more than " + maxLength + " characters");
        }

        if (!pattern.IsMatch(value))
        {
            errors.Add(message);
        }

        return errors;
    }

    private static string RegexError(string message, string regex) => message + " (regex used for validation is '" + regex + "')";
}
