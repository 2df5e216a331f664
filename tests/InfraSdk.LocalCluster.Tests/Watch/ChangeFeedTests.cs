using System.Globalization;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Storage;

namespace InfraSdk.LocalCluster.Tests.Watch;

/// <summary>The store's change feed, the watch cache that watches read: window, resume, 410 and slow watchers.</summary>
public sealed class ChangeFeedTests
{
    [Fact]
    public void A_watch_with_state_starts_with_the_current_objects_then_gets_later_changes_in_order()
    {
        using var store = new ObjectStore(null);
        store.Commit([Change("a", "1")]);
        var (watch, _) = store.Watch("configmaps", "default", withState: true, after: null, buffer: 100);
        using (watch)
        {
            store.Commit([Change("a", "2")]);
            store.Commit([Change("b", "1")]);
            store.Commit([new StoreChange(Key("a"), null)]);

            Assert.Equal(["Added a 1"], watch!.Initial.Select(Describe));
            Assert.Equal(["Modified a 2", "Added b 3", "Deleted a 4"], Drain(watch).Select(Describe));
        }
    }

    [Fact]
    public void A_watch_resumes_from_any_resourceVersion_still_in_the_window_and_is_refused_before_it()
    {
        using var store = new ObjectStore(null, watchWindow: 3);
        for (var i = 1; i <= 5; i++)
        {
            store.Commit([Change("a", i.ToString(CultureInfo.InvariantCulture))]);
        }

        var (resumed, _) = store.Watch("configmaps", null, withState: false, after: 2, buffer: 100);
        var (refused, floor) = store.Watch("configmaps", null, withState: false, after: 1, buffer: 100);
        using (resumed)
        {
            Assert.Equal(["Modified a 3", "Modified a 4", "Modified a 5"], resumed!.Initial.Select(Describe));
            Assert.Null(refused);
            Assert.Equal(2, floor);
        }
    }

    [Fact]
    public void A_watcher_that_falls_behind_is_ended_without_holding_up_the_writer()
    {
        using var store = new ObjectStore(null);
        var (slow, _) = store.Watch("configmaps", null, withState: false, after: null, buffer: 2);
        var (other, _) = store.Watch("configmaps", null, withState: false, after: null, buffer: 100);
        using (slow)
        using (other)
        {
            for (var i = 1; i <= 5; i++)
            {
                store.Commit([Change("a", i.ToString(CultureInfo.InvariantCulture))]);
            }

            Assert.True(slow!.FellBehind);
            Assert.Equal(["Added a 1", "Modified a 2"], Drain(slow).Select(Describe));
            Assert.True(slow.Changes.Completion.IsCompleted);
            Assert.False(other!.FellBehind);
            Assert.Equal(5, Drain(other).Count);
        }
    }

    [Fact]
    public void A_progress_entry_follows_every_change_committed_before_it()
    {
        using var store = new ObjectStore(null);
        var (watch, _) = store.Watch("configmaps", "default", withState: false, after: null, buffer: 100);
        using (watch)
        {
            store.Commit([Change("a", "1")]);
            store.Commit([new StoreChange(new StoredObjectKey("services", "default", "s"), Change("s", "1").Object)]);
            store.RequestProgress(watch!);

            Assert.Equal(["Added a 1", "Progress  2"], Drain(watch!).Select(Describe));
        }
    }

    [Fact]
    public void Disposing_the_store_ends_its_watches()
    {
        var store = new ObjectStore(null);
        var (watch, _) = store.Watch("configmaps", null, withState: true, after: null, buffer: 100);

        store.Dispose();

        Assert.True(watch!.Changes.Completion.IsCompleted);
        Assert.False(watch.FellBehind);
    }

    private static List<StoreEvent> Drain(StoreWatch watch)
    {
        var events = new List<StoreEvent>();
        while (watch.Changes.TryRead(out var change))
        {
            events.Add(change);
        }

        return events;
    }

    private static string Describe(StoreEvent change) =>
        $"{change.Type} {change.Key.Name} {(change.Object is null ? change.ResourceVersion.ToString(CultureInfo.InvariantCulture) : (string?)change.Object["metadata"]!["resourceVersion"])}";

    private static StoredObjectKey Key(string name) => new("configmaps", "default", name);

    private static StoreChange Change(string name, string value) => new(Key(name), new JsonObject
    {
        ["kind"] = "ConfigMap",
        ["apiVersion"] = "v1",
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = "default" },
        ["data"] = new JsonObject { ["v"] = value },
    });
}
