using k8s.Models;

namespace InfraSdk;

/// <summary>A v1 ConfigMap: literal values, and files of the project read when it is built.</summary>
public sealed class ConfigMap(string name) : Resource<V1ConfigMap>(name)
{
    public override string Kind => "ConfigMap";

    /// <summary>Keys and their values.</summary>
    public Dictionary<string, string> Data { get; init; } = [];

    /// <summary>
    /// Keys whose value is a file's text, by path relative to the project (e.g. <c>["appsettings.json"] = "config/appsettings.json"</c>).
    /// The build reads files listed as <c>AdditionalFiles</c>; others are read when a command runs.
    /// </summary>
    public Dictionary<string, string> Files { get; init; } = [];
}
