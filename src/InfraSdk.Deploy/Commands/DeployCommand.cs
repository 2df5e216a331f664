using System.CommandLine;
using Humanizer;
using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Planning;
using InfraSdk.Deploy.Topology;
using InfraSdk.Deploy.Waiting;

namespace InfraSdk.Deploy.Commands;

/// <summary>
/// <c>deploy</c>: refuse on nodePort conflicts and on replacements without --recreate, server-side apply stage by stage
/// (replacing what must be), prune when asked, wait for readiness, then verify.
/// </summary>
internal static class DeployCommand
{
    public static Command Create(HostContext host, CommandOptions options)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Send every change as a server-side dry run; nothing is stored." };
        var prune = new Option<bool>("--prune") { Description = "Delete objects labelled as owned by this topology that it no longer declares." };
        var forceConflicts = new Option<bool>("--force-conflicts") { Description = "Take over fields another field manager owns." };
        var recreate = new Option<bool>("--recreate")
        {
            Description = "Delete and re-create the objects the plan marks replace (a field the API server will not change in place); without it such a deploy changes nothing (exit 4).",
        };
        var command = new Command(
            "deploy",
            "Apply the topology with server-side apply, wait until it is ready and verify every nodePort on every node. "
            + "Secret values are read from each Secret's infrasdk.io/secret-sources (env:NAME, file:PATH) first; an unset one stops it (exit 2) except with --local, which generates it. "
            + "Exit 3: nodePort conflicts; exit 4: objects must be replaced and --recreate was not given.")
        {
            options.Output, options.Parallel, options.NodePortRange, options.Timeout, dryRun, prune, forceConflicts, recreate,
        };
        options.AddCluster(command);
        options.AddVerify(command);
        command.SetAction((parse, ct) => ClusterCommandRunner.RunAsync(host, options, parse, parse.GetValue(options.Output), async (session, token) =>
        {
            var isDryRun = parse.GetValue(dryRun);
            var isPruning = parse.GetValue(prune);
            var force = parse.GetValue(forceConflicts);
            var parallel = parse.GetValue(options.Parallel);
            var range = options.ReadRange(parse, session.Connection.KnownRange);
            var planner = new Planner(session.Api, session.Topology, parallel);
            var (conflicts, problems) = await planner.CheckNodePortsAsync(range, isPruning, token);
            session.Report.Conflicts.AddRange(conflicts);
            session.Report.Problems.AddRange(problems);
            if (conflicts.Count + problems.Count > 0)
            {
                PlanView.WriteBlockers(session.Human, conflicts, problems);
                throw new CommandException(BlockedMessage.For(conflicts, problems, "nothing was deployed"), ExitCodes.Conflicts);
            }

            var owned = await OwnedObjects.ReadAsync(session.Api, session.Topology, token);
            AppliedKinds.Stamp(session.Topology, owned.Objects.Keys);
            var existing = await planner.PlanExistingAsync(owned, force, token);
            var replacements = existing.Where(change => change.Action == ChangeAction.Replace).ToList();
            if (replacements.Count > 0 && !parse.GetValue(recreate))
            {
                session.Report.Changes.AddRange(replacements);
                PlanView.WriteChanges(session.Human, replacements);
                throw new CommandException(RecreateMessage.For(replacements), ExitCodes.NeedsRecreate);
            }

            var undeclared = isPruning ? OwnedObjects.Undeclared(session.Topology, owned) : [];
            var deleter = new OwnedDeleter(session.Api, owned, parallel, session.Progress);
            session.Progress.DryRun = isDryRun;

            // Services go before anything is applied, so that a nodePort moving to a new Service is free in time.
            await PruneAsync(session, deleter, undeclared.Where(key => key.Kind == ResourceKinds.Service).ToList(), isDryRun, token);
            var recreator = new Recreator(session.Api, host.Time, parse.GetValue(options.Timeout));

            // An object the dry run found unchanged is not sent again, unless fields are to be taken over from another manager.
            var settled = existing.Where(change => change.Action == ChangeAction.Replace || (change.Action == ChangeAction.Unchanged && !force));
            var applied = await new Applier(session.Api, session.Topology, parallel, recreator, session.Progress)
                .ApplyAsync(owned, settled.ToDictionary(change => change.Key), isDryRun, force, token);
            session.Report.Changes.AddRange(applied.Changes);
            PlanView.WriteChanges(session.Human, applied.Changes);
            if (applied.Failures.Count > 0)
            {
                throw new CommandException(applied.Failures.Count == 1
                    ? applied.Failures[0]
                    : $"The API server refused {"object".ToQuantity(applied.Failures.Count)}: {ShortList.Of(applied.Failures.Select(failure => failure.TrimEnd('.')))}.");
            }

            await PruneAsync(session, deleter, undeclared.Where(key => key.Kind != ResourceKinds.Service).ToList(), isDryRun, token);

            PlanView.WriteSummary(session.Human, session.Report.Changes);
            if (isDryRun)
            {
                session.Note("Dry run: the API server checked every change and stored none.");
                return ExitCodes.Success;
            }

            session.Progress.Phase = "the wait for readiness and verify";
            var display = session.Human.Profile.Capabilities.Interactive
                ? (IRolloutDisplay)new LiveRolloutDisplay(session.Human)
                : new PlainRolloutDisplay(session.Human);
            await new RolloutWaiter(new ReadinessCheck(session.Api, session.Topology), display, host.Time).WaitAsync(parse.GetValue(options.Timeout), token);
            return await VerifyStep.RunAsync(session, options.ReadVerify(parse), token);
        }, ct, (choice, human, report) => Preflight.Run(host, choice, human, report)));
        return command;
    }

    private static async Task PruneAsync(CommandSession session, OwnedDeleter deleter, IReadOnlyList<ObjectKey> keys, bool dryRun, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        var (pruned, notes) = await deleter.DeleteAsync(keys, ChangeAction.Prune, dryRun, cancellationToken);
        session.Report.Changes.AddRange(pruned);
        PlanView.WriteChanges(session.Human, pruned);
        notes.ToList().ForEach(session.Note);
    }
}
