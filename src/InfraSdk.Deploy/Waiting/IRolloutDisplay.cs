namespace InfraSdk.Deploy.Waiting;

/// <summary>Shows the rollout's progress while <c>body</c> runs; <c>body</c> reports each new reading.</summary>
internal interface IRolloutDisplay
{
    Task RunAsync(Func<Action<IReadOnlyList<Readiness>>, Task> body);
}
