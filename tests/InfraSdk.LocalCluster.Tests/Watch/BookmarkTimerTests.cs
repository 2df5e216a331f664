using InfraSdk.LocalCluster.Api.Watch;

namespace InfraSdk.LocalCluster.Tests.Watch;

/// <summary>When a watch gets its bookmarks: about every minute, and once two seconds before its deadline.</summary>
public sealed class BookmarkTimerTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_long_watch_gets_one_bookmark_a_minute_and_one_two_seconds_before_its_deadline()
    {
        var time = new ManualTime(Start);
        var sent = new List<TimeSpan>();
        await using var timer = new BookmarkTimer(() => sent.Add(time.GetUtcNow() - Start), Start + TimeSpan.FromSeconds(150), TimeSpan.FromMinutes(1), time);

        time.MoveTo(Start + TimeSpan.FromMinutes(5));

        Assert.Equal([TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(148)], sent);
    }

    [Fact]
    public async Task A_timer_that_fires_a_little_early_sends_the_last_bookmark_once()
    {
        var time = new ManualTime(Start, early: TimeSpan.FromMilliseconds(1));
        var sent = 0;
        await using var timer = new BookmarkTimer(() => sent++, Start + TimeSpan.FromSeconds(4), TimeSpan.FromMinutes(1), time);

        time.MoveTo(Start + TimeSpan.FromSeconds(4));

        Assert.Equal(1, sent);
    }

    [Fact]
    public async Task A_watch_shorter_than_two_seconds_gets_no_bookmark()
    {
        var time = new ManualTime(Start);
        var sent = 0;
        await using var timer = new BookmarkTimer(() => sent++, Start + TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), time);

        time.MoveTo(Start + TimeSpan.FromMinutes(5));

        Assert.Equal(0, sent);
    }
}
