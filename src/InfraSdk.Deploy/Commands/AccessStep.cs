using InfraSdk.Deploy.Access;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Probing;

namespace InfraSdk.Deploy.Commands;

/// <summary>Writes the access files once, or with --watch again after every change until stopped; runs --on-change after each rewrite.</summary>
internal static class AccessStep
{
    public static async Task<int> RunAsync(CommandSession session, AccessSettings settings, VerifySettings probing, AccessRun run, CancellationToken cancellationToken)
    {
        var report = new AccessReport(run.Directory);
        session.Report.Access = report;
        var pass = new AccessPass(new AccessModelBuilder(session.Api, session.Topology, settings, probing), run.Directory, session.Human, report, session.Host.Time);
        var onChange = run.OnChange is { } command ? new OnChangeCommand(command, session.Human) : null;
        try
        {
            if (!run.Watch)
            {
                if (await pass.RunAsync(cancellationToken) && onChange is not null)
                {
                    await onChange.RunAsync(cancellationToken);
                }

                return ExitCodes.Success;
            }

            await using var changes = new ChangeSignal(session.Api.Client, session.Human, run.Interval);
            session.Note("Watching Nodes and Services; Ctrl+C stops.");
            while (true)
            {
                if (await pass.RunAsync(cancellationToken) && onChange is not null)
                {
                    await onChange.RunAsync(cancellationToken);
                }

                await changes.WaitAsync(cancellationToken);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new CommandException($"Cannot write the access files to {run.Directory}: {error.Message}", ExitCodes.Failure);
        }
    }
}
