namespace InfraSdk.Deploy.Hosting;

/// <summary>A failure the user can act on: printed as one sentence, never with a stack trace.</summary>
internal sealed class CommandException(string message, int exitCode = ExitCodes.Failure) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
