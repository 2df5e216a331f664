using InfraSdk.Deploy.Commands;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Planning;
using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Tests.Units;

/// <summary>No message lists every object: with the whole node-port range in play, a sentence names a few and counts the rest.</summary>
public sealed class LongListTests
{
    [Fact]
    public void A_refusal_to_replace_the_whole_range_names_three_services_and_counts_the_rest()
    {
        var replacements = Enumerable.Range(0, 2768)
            .Select(i => Change.Replace(new ObjectKey("", "Service", "shop", $"svc-{i}"), "spec.clusterIP cannot change once set (10.96.0.1 -> 10.96.0.2)"))
            .ToList();

        var message = RecreateMessage.For(replacements);

        Assert.Equal(
            "Service shop/svc-0, Service shop/svc-1, Service shop/svc-2 and 2765 more cannot be updated in place (spec.clusterIP cannot change once set (10.96.0.1 -> 10.96.0.2), ...), "
            + "so nothing was deployed; rerun with --recreate to delete and re-create them.",
            message);
    }

    [Fact]
    public void A_short_list_reads_as_a_sentence()
    {
        Assert.Equal("a", ShortList.Of(["a"]));
        Assert.Equal("a and b", ShortList.Of(["a", "b"]));
        Assert.Equal("a, b and c", ShortList.Of(["a", "b", "c"]));
        Assert.Equal("a, b, c and 1 more", ShortList.Of(["a", "b", "c", "d"]));
    }
}
