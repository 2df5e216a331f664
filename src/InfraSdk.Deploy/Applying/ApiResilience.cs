using Humanizer;
using Polly;
using Polly.Retry;

namespace InfraSdk.Deploy.Applying;

/// <summary>
/// The retry pipelines every API request goes through: transient failures with exponential backoff and jitter
/// (429 honours Retry-After), and for applies, a nodePort's release lag. A certificate the kubeconfig does not trust is
/// never retried, nor a connection that cannot be made while the server has not answered any request yet.
/// </summary>
internal sealed class ApiResilience
{
    private static readonly ResiliencePropertyKey<DateTimeOffset> FirstAttempt = new("infrasdk.first-attempt");

    public ApiResilience(
        RetryTiming timing, Action<string> notify, Func<int, CancellationToken, Task<bool>> isPortHeld, TimeProvider? time = null, Func<bool>? serverAnswered = null)
    {
        Time = time ?? TimeProvider.System;
        serverAnswered ??= () => true;
        Transient = new ResiliencePipelineBuilder { TimeProvider = Time }
            .AddRetry(TransientRetry(timing, notify, serverAnswered))
            .Build();
        Apply = new ResiliencePipelineBuilder { TimeProvider = Time }
            .AddRetry(ReleaseLagRetry(timing, notify, isPortHeld))
            .AddRetry(TransientRetry(timing, notify, serverAnswered))
            .Build();
        Timing = timing;
    }

    public TimeProvider Time { get; }

    public RetryTiming Timing { get; }

    /// <summary>For reads and deletes.</summary>
    public ResiliencePipeline Transient { get; }

    /// <summary>For server-side applies.</summary>
    public ResiliencePipeline Apply { get; }

    public async Task<T> ExecuteApplyAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(FirstAttempt, Time.GetUtcNow());
            return await Apply.ExecuteAsync(async ctx => await action(ctx.CancellationToken), context);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static RetryStrategyOptions TransientRetry(RetryTiming timing, Action<string> notify, Func<bool> serverAnswered) => new()
    {
        ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } error
            && TransientFailure.Is(error, args.Context.CancellationToken)
            && !ConnectionFailure.IsPermanent(error, serverAnswered())),
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = timing.BaseDelay,
        MaxDelay = timing.MaxDelay,
        MaxRetryAttempts = timing.MaxAttempts,
        DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is { } error ? TransientFailure.RetryAfter(error) : null),
        OnRetry = args =>
        {
            notify($"Retrying in {args.RetryDelay.Humanize()} after {TransientFailure.Describe(args.Outcome.Exception!)} (attempt {args.AttemptNumber + 1} of {timing.MaxAttempts}).");
            return ValueTask.CompletedTask;
        },
    };

    private RetryStrategyOptions ReleaseLagRetry(RetryTiming timing, Action<string> notify, Func<int, CancellationToken, Task<bool>> isPortHeld) => new()
    {
        ShouldHandle = async args =>
        {
            if (args.Outcome.Exception is not k8s.Autorest.HttpOperationException http
                || ApiStatus.AlreadyAllocatedPorts(http) is not { Count: > 0 } ports
                || !args.Context.Properties.TryGetValue(FirstAttempt, out var first)
                || Time.GetUtcNow() - first > timing.ReleaseLagWindow)
            {
                return false;
            }

            foreach (var port in ports)
            {
                if (await isPortHeld(port, args.Context.CancellationToken))
                {
                    return false;
                }
            }

            return true;
        },
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = timing.BaseDelay,
        MaxDelay = timing.MaxDelay,
        MaxRetryAttempts = int.MaxValue,
        OnRetry = args =>
        {
            notify($"A nodePort is still being released by the API server; retrying in {args.RetryDelay.Humanize()}.");
            return ValueTask.CompletedTask;
        },
    };
}
