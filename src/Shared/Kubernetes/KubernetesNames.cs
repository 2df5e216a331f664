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
    public const int PortNameMaxLength = 15;

    public const string Dns1123LabelFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    public const string Dns1123SubdomainFormat = Dns1123LabelFormat + "(\\." + Dns1123LabelFormat + ")*";
    public const string Dns1035LabelFormat = "[a-z]([-a-z0-9]*[a-z0-9])?";
    public const string QualifiedNameFormat = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
    public const string LabelValueFormat = "(" + QualifiedNameFormat + ")?";

    public const string Dns1123LabelMessage = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
    public const string Dns1123SubdomainMessage = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
    public const string Dns1035LabelMessage = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
    public const string LabelValueMessage = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
    public const string QualifiedNameMessage = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    private static readonly Regex Dns1123Label = Anchored(Dns1123LabelFormat);
    private static readonly Regex Dns1123Subdomain = Anchored(Dns1123SubdomainFormat);
    private static readonly Regex Dns1035Label = Anchored(Dns1035LabelFormat);
    private static readonly Regex QualifiedName = Anchored(QualifiedNameFormat);
    private static readonly Regex LabelValue = Anchored(LabelValueFormat);
    private static readonly Regex PortNameCharset = Anchored("[-a-z0-9]+");
    private static readonly Regex PortNameOneLetter = new("[a-z]", RegexOptions.CultureInvariant);

    /// <summary>IsDNS1123Label: e.g. a port name or a namespace.</summary>
    public static IReadOnlyList<string> CheckDns1123Label(string value)
    {
        var errors = new List<string>(2);
        if (value.Length > Dns1123LabelMaxLength)
        {
            errors.Add(MaxLengthError(Dns1123LabelMaxLength));
        }

        if (!Dns1123Label.IsMatch(value))
        {
            errors.Add(Dns1123Subdomain.IsMatch(value)
                ? "must not contain dots"
                : RegexError(Dns1123LabelMessage, Dns1123LabelFormat, "my-name", "123-abc"));
        }

        return errors;
    }

    /// <summary>IsDNS1123Subdomain: e.g. a Deployment name.</summary>
    public static IReadOnlyList<string> CheckDns1123Subdomain(string value) =>
        Check(value, Dns1123SubdomainMaxLength, Dns1123Subdomain, () => RegexError(Dns1123SubdomainMessage, Dns1123SubdomainFormat, "example.com"));

    /// <summary>IsDNS1035Label: e.g. a Service name.</summary>
    public static IReadOnlyList<string> CheckDns1035Label(string value) =>
        Check(value, Dns1035LabelMaxLength, Dns1035Label, () => RegexError(Dns1035LabelMessage, Dns1035LabelFormat, "my-name", "abc-123"));

    /// <summary>IsValidLabelValue.</summary>
    public static IReadOnlyList<string> CheckLabelValue(string value) =>
        Check(value, LabelValueMaxLength, LabelValue, () => RegexError(LabelValueMessage, LabelValueFormat, "MyValue", "my_value", "12345"));

    /// <summary>IsValidPortName: a named container port or a Service targetPort given by name.</summary>
    public static IReadOnlyList<string> CheckPortName(string value)
    {
        var errors = new List<string>();
        if (value.Length > PortNameMaxLength)
        {
            errors.Add(MaxLengthError(PortNameMaxLength));
        }

        if (!PortNameCharset.IsMatch(value))
        {
            errors.Add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }

        if (!PortNameOneLetter.IsMatch(value))
        {
            errors.Add("must contain at least one letter (a-z)");
        }

        if (value.Contains("--"))
        {
            errors.Add("must not contain consecutive hyphens");
        }

        if (value.Length > 0 && (value[0] == '-' || value[value.Length - 1] == '-'))
        {
            errors.Add("must not begin or end with a hyphen");
        }

        return errors;
    }

    /// <summary>IsValidPortNum.</summary>
    public static IReadOnlyList<string> CheckPortNumber(long port) =>
        port is >= 1 and <= 65535 ? [] : ["must be between 1 and 65535, inclusive"];

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
                errors.Add("a qualified name " + RegexError(QualifiedNameMessage, QualifiedNameFormat, "MyName", "my.name", "123-abc") +
                           " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
                return errors;
        }

        if (name.Length == 0)
        {
            errors.Add("name part must be non-empty");
        }
        else if (name.Length > QualifiedNameMaxLength)
        {
            errors.Add("name part " + MaxLengthError(QualifiedNameMaxLength));
        }

        if (!QualifiedName.IsMatch(name))
        {
            errors.Add("name part " + RegexError(QualifiedNameMessage, QualifiedNameFormat, "MyName", "my.name", "123-abc"));
        }

        return errors;
    }

    private static readonly IReadOnlyList<string> Valid = new string[0];

    /// <summary>The errors of <paramref name="value"/>; <paramref name="patternError"/> is only worded for a value that does not match.</summary>
    private static IReadOnlyList<string> Check(string value, int maxLength, Regex pattern, System.Func<string> patternError)
    {
        if (value.Length <= maxLength && pattern.IsMatch(value))
        {
            return Valid;
        }

        var errors = new List<string>(2);
        if (value.Length > maxLength)
        {
            errors.Add(MaxLengthError(maxLength));
        }

        if (!pattern.IsMatch(value))
        {
            errors.Add(patternError());
        }

        return errors;
    }

    private static string MaxLengthError(int length) => "must be no more than " + length + " characters";

    /// <summary>apimachinery's RegexError, including its double space between examples.</summary>
    private static string RegexError(string message, string format, params string[] examples)
    {
        if (examples.Length == 0)
        {
            return message + " (regex used for validation is '" + format + "')";
        }

        var text = message + " (e.g. ";
        for (var i = 0; i < examples.Length; i++)
        {
            if (i > 0)
            {
                text += " or ";
            }

            text += "'" + examples[i] + "', ";
        }

        return text + "regex used for validation is '" + format + "')";
    }

    private static Regex Anchored(string format) => new("^" + format + "\\z", RegexOptions.CultureInvariant);
}
