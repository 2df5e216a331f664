using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Output;
using Spectre.Console;

namespace InfraSdk.Deploy.Commands;

/// <summary>One command's run against one cluster: the API, the human console, and the report for --output json.</summary>
internal sealed record CommandSession(HostContext Host, ClusterConnection Connection, ClusterApi Api, IAnsiConsole Human, RunReport Report, WriteProgress Progress)
{
    public Topology.DesiredTopology Topology => Host.Topology;

    public void Note(string text) => Human.MarkupLine($"[grey]{Markup.Escape(text)}[/]");
}
