using System.Net;
using InfraSdk.LocalCluster.Tests.Infrastructure;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>The API fault option: writes fail the chosen way, reads never do.</summary>
public sealed class ApiFaultTests
{
    private const string Namespaces = "/api/v1/namespaces";
    private const string Shop = """{"metadata":{"name":"shop"}}""";

    [Fact]
    public async Task Internal_errors_answer_500_with_a_Status()
    {
        await using var cluster = await StartAsync(ApiFaultKind.InternalError);
        using var api = new RawApi(cluster);

        var write = await api.PostAsync(Namespaces, Shop);

        Assert.Equal(HttpStatusCode.InternalServerError, write.Status);
        Assert.Equal("InternalError", (string?)write.Body!["reason"]);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(Namespaces)).Status);
    }

    [Fact]
    public async Task Throttling_answers_429_with_Retry_After()
    {
        await using var cluster = await StartAsync(ApiFaultKind.TooManyRequests);
        using var api = new RawApi(cluster);

        var write = await api.PostAsync(Namespaces, Shop);

        Assert.Equal(HttpStatusCode.TooManyRequests, write.Status);
        Assert.Equal("TooManyRequests", (string?)write.Body!["reason"]);
        Assert.Equal(TimeSpan.FromSeconds(1), write.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Dropped_connections_end_the_request_without_an_answer()
    {
        await using var cluster = await StartAsync(ApiFaultKind.DroppedConnection);
        using var api = new RawApi(cluster);

        await Assert.ThrowsAsync<HttpRequestException>(() => api.PostAsync(Namespaces, Shop));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(Namespaces + "/shop")).Status);
    }

    [Fact]
    public async Task A_fraction_of_writes_fail_and_the_rest_succeed()
    {
        await using var cluster = await LocalCluster.StartAsync(new LocalClusterOptions { Nodes = 1, ApiFaults = new ApiFaults(0.5, ApiFaultKind.InternalError, Seed: 7) });
        using var api = new RawApi(cluster);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            statuses.Add((await api.PostAsync(Namespaces, $$$"""{"metadata":{"name":"ns-{{{i}}}"}}""")).Status);
        }

        Assert.InRange(statuses.Count(status => status == HttpStatusCode.InternalServerError), 8, 32);
        Assert.InRange(statuses.Count(status => status == HttpStatusCode.Created), 8, 32);
    }

    private static Task<LocalCluster> StartAsync(ApiFaultKind kind) =>
        LocalCluster.StartAsync(new LocalClusterOptions { Nodes = 1, ApiFaults = new ApiFaults(1, kind) });
}
