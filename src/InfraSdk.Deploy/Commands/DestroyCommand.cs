using System.CommandLine;
using Humanizer;
using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Planning;
using InfraSdk.Deploy.Topology;
using Spectre.Console;

namespace InfraSdk.Deploy.Commands;

/// <summary><c>destroy</c>: delete what the topology owns, Services first, after asking (or with --yes).</summary>
internal static class DestroyCommand
{
    public static Command Create(HostContext host, CommandOptions options)
    {
        var yes = new Option<bool>("--yes", "-y") { Description = "Do not ask for confirmation." };
        var command = new Command("destroy", "Delete the objects this topology owns, in reverse order; a namespace that holds anything else is kept.")
        {
            options.Output, options.Parallel, yes,
        };
        options.AddCluster(command);
        command.SetAction((parse, ct) => ClusterCommandRunner.RunAsync(host, options, parse, parse.GetValue(options.Output), async (session, token) =>
        {
            session.Report.Notes = [];
            var owned = await OwnedObjects.ReadAsync(session.Api, session.Topology, token);
            var doomed = owned.Objects.Keys.OrderBy(key => ResourceKinds.DeleteRank(key.Kind)).ThenBy(key => key.QualifiedName, StringComparer.Ordinal).ToList();
            if (doomed.Count == 0)
            {
                session.Note($"Nothing to destroy: no object is labelled as owned by {string.Join(", ", session.Topology.Topologies)}.");
                return ExitCodes.Success;
            }

            PlanView.WriteChanges(session.Human, doomed.Select(key => Change.Of(key, ChangeAction.Delete)));
            if (!parse.GetValue(yes) && !await ConfirmAsync(host, session, doomed.Count, token))
            {
                session.Note("Nothing was deleted.");
                return ExitCodes.Failure;
            }

            var (deleted, notes) = await new OwnedDeleter(session.Api, owned, parse.GetValue(options.Parallel), session.Progress).DeleteAsync(doomed, ChangeAction.Delete, dryRun: false, token);
            session.Report.Changes.AddRange(deleted);
            session.Report.Notes.AddRange(notes);
            notes.ToList().ForEach(session.Note);
            session.Human.WriteLine($"Deleted {"object".ToQuantity(deleted.Count)}.");
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static async Task<bool> ConfirmAsync(HostContext host, CommandSession session, int count, CancellationToken cancellationToken)
    {
        if (!host.Console.InputIsTerminal)
        {
            throw new CommandException($"destroy would delete {"object".ToQuantity(count)} and there is no terminal to ask on; rerun with --yes to confirm.", ExitCodes.Usage);
        }

        session.Human.Write($"Delete these {"object".ToQuantity(count)}? [y/N] ");
        // Read on another thread, so that Ctrl+C at the question stops the command instead of waiting for a line.
        var answer = (await Task.Run(host.Console.In.ReadLine, CancellationToken.None).WaitAsync(cancellationToken))?.Trim();
        return answer is not null && (answer.Equals("y", StringComparison.OrdinalIgnoreCase) || answer.Equals("yes", StringComparison.OrdinalIgnoreCase));
    }
}
