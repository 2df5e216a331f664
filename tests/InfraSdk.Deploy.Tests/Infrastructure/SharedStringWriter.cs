using System.Text;

namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>A string writer a test may read while the command is still writing to it.</summary>
internal sealed class SharedStringWriter : StringWriter
{
    private readonly Lock _gate = new();

    public override void Write(char value)
    {
        lock (_gate)
        {
            base.Write(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_gate)
        {
            base.Write(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_gate)
        {
            base.Write(buffer, index, count);
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return base.ToString();
        }
    }

    public override Encoding Encoding => Encoding.UTF8;
}
