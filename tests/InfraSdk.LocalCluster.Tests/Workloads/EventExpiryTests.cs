using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Controllers;
using InfraSdk.LocalCluster.Storage;

namespace InfraSdk.LocalCluster.Tests.Workloads;

/// <summary>Events go an hour after they were recorded, as with kube-apiserver's --event-ttl.</summary>
public sealed class EventExpiryTests
{
    [Fact]
    public void An_event_is_deleted_at_the_first_pass_after_its_hour()
    {
        using var store = new ObjectStore(null);
        var time = new ManualTime(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero));
        var writes = new PassWrites(store);
        var events = new EventRecorder(time, writes);
        var pod = new JsonObject { ["metadata"] = new JsonObject { ["name"] = "web-1", ["namespace"] = "default", ["uid"] = "u1" } };

        events.Record(ResourceType.Pods, pod, EventRecorder.Normal, "Scheduled", "Successfully assigned default/web-1 to node-1", "default-scheduler");
        store.Commit(writes.Take().Owned);
        time.Now += TimeSpan.FromMinutes(59);
        events.DeleteExpired();
        var early = writes.Take().Owned;
        time.Now += TimeSpan.FromMinutes(2);
        events.DeleteExpired();
        var expired = writes.Take().Owned;
        store.Commit(expired);

        Assert.Empty(early);
        Assert.Equal([null], expired.Select(change => change.Object));
        Assert.Empty(store.List(ResourceType.Events.Plural, "default"));
    }

    private sealed class ManualTime(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
