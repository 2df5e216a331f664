using System.Security.Cryptography;

namespace InfraSdk.Deploy.Secrets;

/// <summary>Reads a source's value from the environment or a file (relative paths from the current directory), or makes one up.</summary>
internal sealed class SecretValues(Func<string, string?> environment, string currentDirectory)
{
    /// <summary>The value, or null when the variable is unset or empty, or the file does not exist.</summary>
    public string? Read(SecretSource source)
    {
        if (source.IsEnvironment)
        {
            return environment(source.Target) is { Length: > 0 } value ? value : null;
        }

        var path = Path.GetFullPath(source.Target, currentDirectory);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>A random value for a source that is not set, on a throwaway cluster only.</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
}
