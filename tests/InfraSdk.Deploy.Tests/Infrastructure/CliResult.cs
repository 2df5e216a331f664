namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>What a command printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
