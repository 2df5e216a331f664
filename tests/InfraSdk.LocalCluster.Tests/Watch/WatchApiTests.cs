using System.Net;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Tests.Infrastructure;
using k8s;
using k8s.Models;

namespace InfraSdk.LocalCluster.Tests.Watch;

/// <summary>?watch=1 over HTTP as kube-apiserver answers it: the stream, resourceVersions, selectors, bookmarks, Table, timeouts.</summary>
public sealed class WatchApiTests : ClusterTest
{
    private const string ConfigMaps = "/api/v1/namespaces/default/configmaps";

    [Fact]
    public async Task A_watch_from_resourceVersion_0_starts_with_the_current_objects_and_ends_at_timeoutSeconds()
    {
        await CreateAsync("first", "a");
        await CreateAsync("second", "b");

        await using var watch = await WatchAsync($"{ConfigMaps}?watch=1&resourceVersion=0&timeoutSeconds=1");
        var events = await watch.ReadToEndAsync();

        Assert.Equal(HttpStatusCode.OK, watch.Response.StatusCode);
        Assert.Equal("application/json", watch.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["ADDED first", "ADDED second"], events.Select(Describe));
    }

    [Fact]
    public async Task A_watch_from_a_list_resourceVersion_replays_every_later_change_with_its_resourceVersion()
    {
        await CreateAsync("kept", "a");
        var listed = await Client.CoreV1.ListNamespacedConfigMapAsync("default");
        var created = await CreateAsync("doomed", "b");
        var patched = await LabelAsync("doomed", "x");
        await Client.CoreV1.DeleteNamespacedConfigMapAsync("doomed", "default");

        await using var watch = await WatchAsync($"{ConfigMaps}?watch=1&resourceVersion={listed.Metadata.ResourceVersion}&timeoutSeconds=1");
        var events = await watch.ReadToEndAsync();

        Assert.Equal(["ADDED doomed", "MODIFIED doomed", "DELETED doomed"], events.Select(Describe));
        var versions = events.Select(ResourceVersion).ToList();
        Assert.Equal(created.Metadata.ResourceVersion, versions[0]);
        Assert.Equal(patched.Metadata.ResourceVersion, versions[1]);
        Assert.True(long.Parse(versions[2]) > long.Parse(versions[1]), "A DELETED event carries the deletion's resourceVersion.");
        Assert.Equal("x", (string?)events[2]["object"]!["metadata"]!["labels"]!["watched"]);
    }

    [Fact]
    public async Task A_label_selector_turns_an_object_that_stops_matching_into_DELETED_and_one_that_starts_into_ADDED()
    {
        var listed = await Client.CoreV1.ListNamespacedConfigMapAsync("default");
        await CreateAsync("mover", "a");
        await LabelAsync("mover", "yes");
        await LabelAsync("mover", "no");
        await CreateAsync("other", "a");

        await using var watch = await WatchAsync($"{ConfigMaps}?watch=1&labelSelector=watched%3Dyes&resourceVersion={listed.Metadata.ResourceVersion}&timeoutSeconds=1");
        var events = await watch.ReadToEndAsync();

        Assert.Equal(["ADDED mover", "DELETED mover"], events.Select(Describe));
        Assert.Equal("yes", (string?)events[1]["object"]!["metadata"]!["labels"]!["watched"]);
    }

    [Fact]
    public async Task A_watch_on_one_name_by_field_selector_or_by_URL_sees_only_that_object()
    {
        var listed = await Client.CoreV1.ListNamespacedConfigMapAsync("default");
        await CreateAsync("wanted", "a");
        await CreateAsync("unwanted", "a");
        await LabelAsync("wanted", "1");

        await using var byField = await WatchAsync($"{ConfigMaps}?watch=1&fieldSelector=metadata.name%3Dwanted&resourceVersion={listed.Metadata.ResourceVersion}&timeoutSeconds=1");
        await using var byUrl = await WatchAsync($"{ConfigMaps}/wanted?watch=1&resourceVersion={listed.Metadata.ResourceVersion}&timeoutSeconds=1");

        Assert.Equal(["ADDED wanted", "MODIFIED wanted"], (await byField.ReadToEndAsync()).Select(Describe));
        Assert.Equal(["ADDED wanted", "MODIFIED wanted"], (await byUrl.ReadToEndAsync()).Select(Describe));
    }

    [Fact]
    public async Task A_namespaced_watch_sees_its_namespace_and_an_all_namespaces_watch_sees_every_one()
    {
        await Client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = "other" } });
        var listed = await Client.CoreV1.ListConfigMapForAllNamespacesAsync();
        await CreateAsync("here", "a");
        await Client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "there" } }, "other");

        await using var namespaced = await WatchAsync($"{ConfigMaps}?watch=1&resourceVersion={listed.Metadata.ResourceVersion}&timeoutSeconds=1");
        await using var everywhere = await WatchAsync($"/api/v1/configmaps?watch=1&resourceVersion={listed.Metadata.ResourceVersion}&timeoutSeconds=1");

        Assert.Equal(["ADDED here"], (await namespaced.ReadToEndAsync()).Select(Describe));
        Assert.Equal(["ADDED here", "ADDED there"], (await everywhere.ReadToEndAsync()).Select(Describe));
    }

    [Fact]
    public async Task Live_changes_stream_as_they_commit()
    {
        await using var watch = await WatchAsync($"{ConfigMaps}?watch=1&resourceVersion=0");

        await CreateAsync("live", "a");
        var added = await watch.NextAsync();
        await LabelAsync("live", "1");
        var modified = await watch.NextAsync();

        Assert.Equal("ADDED live", Describe(added!));
        Assert.Equal("MODIFIED live", Describe(modified!));
    }

    [Fact]
    public async Task Bookmarks_carry_only_the_kind_and_the_current_resourceVersion_and_come_before_the_timeout()
    {
        var listed = await Client.CoreV1.ListNamespacedConfigMapAsync("default");
        await CreateAsync("before", "a");
        var current = (await Client.CoreV1.ListNamespacedConfigMapAsync("default")).Metadata.ResourceVersion;

        // kube-apiserver sends a bookmark two seconds before the watch's deadline.
        await using var watch = await WatchAsync($"{ConfigMaps}?watch=1&allowWatchBookmarks=true&resourceVersion={listed.Metadata.ResourceVersion}&timeoutSeconds=4");
        var events = await watch.ReadToEndAsync();

        Assert.Equal(["ADDED before", "BOOKMARK "], events.Select(Describe));
        var bookmark = events[1]["object"]!.AsObject();
        Assert.Equal("""{"kind":"ConfigMap","apiVersion":"v1","metadata":{"resourceVersion":"CURRENT"}}""".Replace("CURRENT", current), bookmark.ToJsonString());
    }

    [Fact]
    public async Task SendInitialEvents_ends_the_current_objects_with_an_annotated_bookmark()
    {
        await CreateAsync("present", "a");
        var current = (await Client.CoreV1.ListNamespacedConfigMapAsync("default")).Metadata.ResourceVersion;

        await using var watch = await WatchAsync($"{ConfigMaps}?watch=1&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true&timeoutSeconds=1");
        var events = await watch.ReadToEndAsync();

        Assert.Equal(["ADDED present", "BOOKMARK "], events.Select(Describe).Take(2));
        Assert.Equal(current, ResourceVersion(events[1]));
        Assert.Equal("true", (string?)events[1]["object"]!["metadata"]!["annotations"]!["k8s.io/initial-events-end"]);
    }

    [Fact]
    public async Task A_Table_watch_sends_one_row_per_event_and_the_columns_only_first()
    {
        var listed = await Client.CoreV1.ListNamespacedConfigMapAsync("default");
        await CreateAsync("tabled", "a");
        await LabelAsync("tabled", "1");

        await using var watch = await WatchAsync($"{ConfigMaps}?watch=1&resourceVersion={listed.Metadata.ResourceVersion}&timeoutSeconds=1", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json");
        var events = await watch.ReadToEndAsync();

        Assert.Equal(["ADDED", "MODIFIED"], events.Select(e => (string?)e["type"]));
        Assert.All(events, e => Assert.Equal("Table", (string?)e["object"]!["kind"]));
        Assert.Equal("Name", (string?)events[0]["object"]!["columnDefinitions"]![0]!["name"]);
        Assert.Null(events[1]["object"]!["columnDefinitions"]);
        Assert.All(events, e => Assert.Equal("tabled", (string?)e["object"]!["rows"]!.AsArray().Single()!["cells"]![0]));
    }

    [Fact]
    public async Task Stopping_the_cluster_ends_its_watches()
    {
        var cluster = await LocalCluster.StartAsync(new LocalClusterOptions { Nodes = 1 });
        using var client = new k8s.Kubernetes(cluster.ClientConfiguration);
        await using var watch = await WatchStream.OpenAsync(cluster, client, $"{ConfigMaps}?watch=1&resourceVersion=0");

        await cluster.DisposeAsync();

        Assert.Null(await watch.NextAsync());
    }

    [Fact]
    public async Task Discovery_lists_watch_among_the_verbs_of_each_resource()
    {
        var resources = await Client.CoreV1.GetAPIResourcesAsync();

        Assert.All(resources.Resources.Where(resource => !resource.Name.Contains('/')), resource => Assert.Contains("watch", resource.Verbs));
    }

    private Task<WatchStream> WatchAsync(string path, string? accept = null) => WatchStream.OpenAsync(Cluster, Client, path, accept);

    private Task<V1ConfigMap> CreateAsync(string name, string value) =>
        Client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = name }, Data = new Dictionary<string, string> { ["v"] = value } }, "default");

    private Task<V1ConfigMap> LabelAsync(string name, string value) =>
        Client.CoreV1.PatchNamespacedConfigMapAsync(new V1Patch($$$$"""{"metadata":{"labels":{"watched":"{{{{value}}}}"}}}""", V1Patch.PatchType.MergePatch), name, "default");

    private static string Describe(JsonObject watchEvent) => $"{watchEvent["type"]} {watchEvent["object"]!["metadata"]!["name"]}";

    private static string ResourceVersion(JsonObject watchEvent) => (string)watchEvent["object"]!["metadata"]!["resourceVersion"]!;
}
