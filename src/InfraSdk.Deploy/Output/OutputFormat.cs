namespace InfraSdk.Deploy.Output;

/// <summary>--output: text for people, JSON for CI (human text then goes to stderr).</summary>
internal enum OutputFormat
{
    Text,
    Json,
}
