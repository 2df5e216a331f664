using System.Net;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Tests.Infrastructure;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>Discovery and server-side apply of the workload kinds, through the REST API.</summary>
public sealed class WorkloadKindsApiTests : ClusterTest
{
    [Fact]
    public async Task Discovery_lists_every_group_with_its_version_and_short_names()
    {
        var groups = (await Api.GetAsync("/apis")).Body!["groups"]!.AsArray();
        var autoscaling = (await Api.GetAsync("/apis/autoscaling/v2")).Body!["resources"]!.AsArray().Single()!;
        var core = (await Api.GetAsync("/api/v1")).Body!["resources"]!.AsArray();

        Assert.Equal(
            ["apps/v1", "autoscaling/v2", "batch/v1", "discovery.k8s.io/v1", "events.k8s.io/v1", "networking.k8s.io/v1", "policy/v1"],
            groups.Select(group => (string?)group!["preferredVersion"]!["groupVersion"]).Order(StringComparer.Ordinal));
        Assert.Equal("horizontalpodautoscalers", (string?)autoscaling["name"]);
        Assert.Equal(["hpa"], autoscaling["shortNames"]!.AsArray().Select(name => (string?)name));
        Assert.Contains(core, resource => (string?)resource!["name"] == "configmaps" && (string?)resource["shortNames"]![0] == "cm");
        Assert.Contains(core, resource => (string?)resource!["name"] == "serviceaccounts" && (string?)resource["shortNames"]![0] == "sa");
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync("/apis/autoscaling/v1")).Status);
    }

    [Fact]
    public async Task Server_side_apply_merges_containers_and_env_of_a_statefulset_by_name()
    {
        const string path = "/apis/apps/v1/namespaces/default/statefulsets/db?fieldManager=";
        const string first = """{"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"db"},"spec":{"serviceName":"db","selector":{"matchLabels":{"app":"db"}},"template":{"metadata":{"labels":{"app":"db"}},"spec":{"containers":[{"name":"db","image":"postgres:16","env":[{"name":"A","value":"1"}]}]}}}}""";
        const string second = """{"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"db"},"spec":{"template":{"spec":{"containers":[{"name":"db","env":[{"name":"B","value":"2"}]},{"name":"exporter","image":"exporter:1"}]}}}}""";

        Assert.Equal(HttpStatusCode.Created, (await Api.PatchAsync(path + "platform", first, "application/apply-patch+yaml")).Status);
        var merged = await Api.PatchAsync(path + "monitoring", second, "application/apply-patch+yaml");

        Assert.True(merged.Status == HttpStatusCode.OK, merged.Message);
        var containers = merged.Body!["spec"]!["template"]!["spec"]!["containers"]!.AsArray();
        Assert.Equal(["db", "exporter"], containers.Select(container => (string?)container!["name"]));
        Assert.Equal(["A", "B"], containers[0]!["env"]!.AsArray().Select(env => (string?)env!["name"]));
        Assert.Equal("postgres:16", (string?)containers[0]!["image"]);
    }

    [Fact]
    public async Task Reapplying_a_secret_with_string_data_keeps_the_data_and_conflicts_with_no_one()
    {
        const string path = "/api/v1/namespaces/default/secrets/creds?fieldManager=deploy";
        const string secret = """{"apiVersion":"v1","kind":"Secret","metadata":{"name":"creds"},"stringData":{"user":"admin"}}""";

        await Api.PatchAsync(path, secret, "application/apply-patch+yaml");
        var again = await Api.PatchAsync(path, secret, "application/apply-patch+yaml");

        Assert.True(again.Status == HttpStatusCode.OK, again.Message);
        Assert.Equal("YWRtaW4=", (string?)again.Body!["data"]!["user"]);
        Assert.Null(again.Body["stringData"]);
    }

    [Fact]
    public async Task A_config_map_marked_immutable_keeps_its_data()
    {
        const string path = "/api/v1/namespaces/default/configmaps";
        await Api.PostAsync(path, """{"metadata":{"name":"cfg"},"immutable":true,"data":{"a":"1"}}""");

        var changed = await Api.PatchAsync(path + "/cfg", """{"data":{"a":"2"}}""", "application/merge-patch+json");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.Status);
        Assert.Equal("ConfigMap \"cfg\" is invalid: data: Forbidden: field is immutable when `immutable` is set", changed.Message);
    }
}
