namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>Waits for a condition, checking every 50 ms, and fails the test when it does not hold within a bound.</summary>
internal static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan bound, string what)
    {
        using var timeout = new CancellationTokenSource(bound);
        while (!await condition())
        {
            if (timeout.IsCancellationRequested)
            {
                Assert.Fail($"{what} did not happen within {bound}.");
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }
}
