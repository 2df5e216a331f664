using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace InfraSdk.RunnerBench;

/// <summary>Collects a command's output and notes when a line matching the cue first appeared.</summary>
internal sealed class TimingWriter(Stopwatch clock, Regex cue) : TextWriter
{
    private readonly StringBuilder _all = new();
    private readonly StringBuilder _line = new();
    private readonly Lock _gate = new();

    public TimeSpan? CueAt { get; private set; }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_gate)
        {
            _all.Append(value);
            if (value != '\n')
            {
                _line.Append(value);
                return;
            }

            if (CueAt is null && cue.IsMatch(_line.ToString()))
            {
                CueAt = clock.Elapsed;
            }

            _line.Clear();
        }
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? "")
        {
            Write(c);
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return _all.ToString();
        }
    }
}
