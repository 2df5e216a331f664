using Spectre.Console;

namespace InfraSdk.Deploy.Output;

/// <summary>A Spectre.Console console on a writer: colour and live display only on a terminal, never with NO_COLOR.</summary>
internal static class HumanConsole
{
    /// <summary>In a pipe or CI log a message stays one line, however long; tables size to their content.</summary>
    private const int PipeWidth = 4096;

    public static IAnsiConsole Create(TextWriter writer, bool isTerminal, bool noColor)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal && !noColor ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal && !noColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = PipeWidth;
        }

        return console;
    }
}
