using System.Text.RegularExpressions;

namespace InfraSdk.LocalCluster.Validation;

/// <summary>
/// IsConfigMapKey and IsEnvVarName of k8s.io/apimachinery/pkg/util/validation, with their messages as the API server
/// prints them (RegexError's double space between examples included).
/// </summary>
internal static partial class ValueNames
{
    public const string ConfigKeyMessage = "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";
    public const string EnvVarNameMessage = "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";

    private const int MaxConfigKeyLength = 253;

    /// <summary>A key of a ConfigMap's or a Secret's data.</summary>
    public static IReadOnlyList<string> CheckConfigKey(string key)
    {
        var errors = new List<string>();
        if (key.Length > MaxConfigKeyLength)
        {
            errors.Add("must be no more than 253 characters");
        }

        if (!ConfigKey().IsMatch(key))
        {
            errors.Add(ConfigKeyMessage);
        }

        errors.AddRange(ChangeDirectoryPrefix(key));
        return errors;
    }

    public static IReadOnlyList<string> CheckEnvVarName(string name)
    {
        var errors = new List<string>();
        if (!EnvVarName().IsMatch(name))
        {
            errors.Add(EnvVarNameMessage);
        }

        errors.AddRange(ChangeDirectoryPrefix(name));
        return errors;
    }

    /// <summary>hasChDirPrefix: a key becomes a file name when mounted, so "." and ".." prefixes are refused.</summary>
    private static IEnumerable<string> ChangeDirectoryPrefix(string value) => value switch
    {
        "." => ["must not be '.'"],
        ".." => ["must not be '..'"],
        _ when value.StartsWith("..", StringComparison.Ordinal) => ["must not start with '..'"],
        _ => [],
    };

    [GeneratedRegex(@"^[-._a-zA-Z0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex ConfigKey();

    [GeneratedRegex(@"^[-._a-zA-Z][-._a-zA-Z0-9]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex EnvVarName();
}
