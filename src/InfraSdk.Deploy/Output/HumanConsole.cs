using Spectre.Console;

namespace InfraSdk.Deploy.Output;

/// <summary>A Spectre.Console console on a writer: colour and live display only on a terminal, never with NO_COLOR.</summary>
internal static class HumanConsole
{
    private const int PipeWidth = 160;

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
