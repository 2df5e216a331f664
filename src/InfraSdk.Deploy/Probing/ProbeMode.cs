namespace InfraSdk.Deploy.Probing;

/// <summary>--probe: as each Service's probe annotation says, or TCP or HTTP for all.</summary>
internal enum ProbeMode
{
    Auto,
    Tcp,
    Http,
}
