namespace InfraSdk.Deploy.Hosting;

/// <summary>The process's console and environment, injectable so that tests run commands in memory.</summary>
internal sealed record AppConsole(
    TextWriter Out,
    TextWriter Error,
    TextReader In,
    Func<string, string?> Environment,
    bool OutputIsTerminal,
    bool ErrorIsTerminal,
    bool InputIsTerminal)
{
    public static AppConsole FromProcess() => new(
        Console.Out,
        Console.Error,
        Console.In,
        System.Environment.GetEnvironmentVariable,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected,
        !Console.IsInputRedirected);

    /// <summary>https://no-color.org: any non-empty value turns colour off.</summary>
    public bool NoColor => !string.IsNullOrEmpty(Environment("NO_COLOR"));
}
