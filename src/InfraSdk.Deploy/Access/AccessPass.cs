using Humanizer;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Probing;
using Spectre.Console;

namespace InfraSdk.Deploy.Access;

/// <summary>
/// One pass of access: build the model from the live cluster and a fresh probe, write the files that changed, and say
/// so in one summary line (counts, never a line per object); after the first, a pass that changed nothing says nothing.
/// </summary>
internal sealed class AccessPass(AccessModelBuilder builder, string folder, IAnsiConsole human, AccessReport report, TimeProvider time)
{
    private const int Examples = 3;

    private int _passes;

    /// <summary>Runs the pass; true when a file changed.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var model = await builder.BuildAsync(cancellationToken);
        var files = AccessFiles.Of(model, (uint)time.GetUtcNow().ToUnixTimeSeconds());
        Directory.CreateDirectory(folder);
        var written = files.Select(file => (file.Name, Written: AtomicFileWriter.Write(folder, file))).ToList();
        var backends = model.Ports.SelectMany(port => port.Backends.Select(backend => (Port: port, Backend: backend))).ToList();
        var silent = backends.Where(pair => !pair.Backend.Answered && pair.Port.Protocol is "TCP" or "UDP").ToList();
        report.Files = written;
        report.Nodes = model.Nodes.Count;
        report.Services = model.Services.Count;
        report.Ports = model.Ports.Count();
        report.Backends = backends.Count;
        report.Answered = backends.Count(pair => pair.Backend.Answered);
        report.AnySource = model.Settings.AnySource;

        var changed = written.Where(file => file.Written).Select(file => file.Name).ToList();
        var first = _passes++ == 0;
        if (changed.Count == 0 && !first)
        {
            // Watching: a pass that changed nothing stays quiet.
            return false;
        }

        var protocols = string.Join(", ", model.Ports.GroupBy(port => port.Protocol).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
        var what = $"{"node".ToQuantity(model.Nodes.Count)}, {"Service".ToQuantity(model.Services.Count)}, {"port".ToQuantity(report.Ports)}{(protocols.Length > 0 ? $" ({protocols})" : "")}, {"backend".ToQuantity(backends.Count)} ({report.Answered} answered the probe)";
        human.MarkupLine(changed.Count == 0
            ? $"No change in {Markup.Escape(folder)}: {Markup.Escape(what)}."
            : $"Wrote {changed.Count} of {"file".ToQuantity(files.Count)} to {Markup.Escape(folder)} ({Markup.Escape(string.Join(", ", changed))}): {Markup.Escape(what)}.");
        if (silent.Count > 0)
        {
            var examples = silent.Take(Examples).Select(pair => $"{pair.Port.Service.QualifiedName} on {pair.Backend.Node} {FileHeader.Endpoint(pair.Backend.Address, pair.Port.NodePort)} {JsonReportWriter.Spell(pair.Backend.Outcome)}");
            human.MarkupLine($"[yellow]{silent.Count} of {"backend".ToQuantity(backends.Count)} did not answer the probe ({Markup.Escape(string.Join(", ", examples))}{(silent.Count > Examples ? ", ..." : "")}); the load balancers' health checks keep them out while they do not answer.[/]");
        }

        var noAddress = model.Nodes.Count(node => node.Address is null);
        if (noAddress > 0)
        {
            human.MarkupLine($"[yellow]{"node".ToQuantity(noAddress)} {(noAddress == 1 ? "has" : "have")} no {model.Settings.AddressType} address and {(noAddress == 1 ? "is" : "are")} left out.[/]");
        }

        if (first && model.Settings.AnySource)
        {
            human.MarkupLine($"[yellow]{Markup.Escape(FirewallRules.AnySourceNote)} Give --allow-from CIDR to restrict them.[/]");
        }

        if (changed.Count > 0)
        {
            report.Rewrites++;
        }

        return changed.Count > 0;
    }
}
