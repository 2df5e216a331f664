using System.Diagnostics;
using System.Text;

namespace InfraSdk.Deploy.Tests.Access;

/// <summary>A load balancer a test runs in the foreground (haproxy -db, nginx with daemon off), its output kept; disposing kills it.</summary>
internal sealed class ForegroundProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public ForegroundProcess(string tool, params string[] arguments)
    {
        _process = Tools.Start(tool, arguments);
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Append(line).Append('\n');
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
    }
}
