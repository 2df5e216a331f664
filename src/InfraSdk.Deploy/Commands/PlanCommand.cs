using System.CommandLine;
using Humanizer;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Planning;

namespace InfraSdk.Deploy.Commands;

/// <summary><c>plan</c>: what deploy would change, field by field, and the nodePort conflicts that would stop it.</summary>
internal static class PlanCommand
{
    public static Command Create(HostContext host, CommandOptions options)
    {
        var forceConflicts = new Option<bool>("--force-conflicts") { Description = "Plan as if taking over fields another field manager owns." };
        var prune = new Option<bool>("--prune") { Description = "Plan as deploy --prune would: ports of owned Services no longer declared are freed first." };
        var command = new Command("plan", "Show what deploy would create, update, replace (a field that cannot change in place; deploy needs --recreate) or prune, and any nodePort conflicts (exit 3). Secret sources are read as deploy reads them; values never show.")
        {
            options.Output, options.Parallel, options.NodePortRange, forceConflicts, prune,
        };
        options.AddCluster(command);
        command.SetAction((parse, ct) => ClusterCommandRunner.RunAsync(host, options, parse, parse.GetValue(options.Output), async (session, token) =>
        {
            var range = options.ReadRange(parse, session.Connection.KnownRange);
            var plan = await new Planner(session.Api, session.Topology, parse.GetValue(options.Parallel)).PlanAsync(range, parse.GetValue(forceConflicts), parse.GetValue(prune), token);
            session.Report.Changes.AddRange(plan.Changes);
            session.Report.Conflicts.AddRange(plan.Conflicts);
            session.Report.Problems.AddRange(plan.Problems);
            PlanView.WriteChanges(session.Human, plan.Changes);
            PlanView.WriteBlockers(session.Human, plan.Conflicts, plan.Problems);
            PlanView.WriteSummary(session.Human, plan.Changes);
            if (plan.Changes.Count(change => change.Action == ChangeAction.Replace) is > 0 and var replacing)
            {
                session.Note($"{"object".ToQuantity(replacing)} must be replaced; deploy refuses (exit 4) unless given --recreate.");
            }
            if (plan.IsBlocked)
            {
                throw new CommandException(BlockedMessage.For(plan.Conflicts, plan.Problems, "deploy would change nothing"), ExitCodes.Conflicts);
            }

            return plan.Changes.Any(change => change.Problem is not null) ? ExitCodes.Failure : ExitCodes.Success;
        }, ct, (choice, human, report) => Preflight.Run(host, choice, human, report)));
        return command;
    }
}
