using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using InfraSdk.CodeFixes;
using InfraSdk.Kubernetes;

namespace InfraSdk.Analyzers.Tests.CodeFixes;

public sealed class QuantityCodeFixTests
{
    [Fact]
    public async Task A_malformed_quantity_with_one_likely_meaning_is_rewritten()
    {
        await new TopologyCodeFixTest<MalformedQuantityAnalyzer, QuantityCodeFixProvider>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web")
                {
                    Container = new("nginx") { Requests = new(Cpu: "100m", Memory: {|IS0015:"500mb"|}), Limits = new(Memory: {|IS0015:"1 GiB"|}) },
                };
            }
            """, """
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web")
                {
                    Container = new("nginx") { Requests = new(Cpu: "100m", Memory: "500M"), Limits = new(Memory: "1Gi") },
                };
            }
            """).RunAsync();
    }

    [Theory]
    [InlineData("500mb", "500M")]
    [InlineData("2GiB", "2Gi")]
    [InlineData("64 Ki", "64Ki")]
    [InlineData("1gb", "1G")]
    [InlineData("128MiB", "128Mi")]
    [InlineData("300 bytes", "300")]
    public void Suggests_the_spelling_the_API_server_accepts(string malformed, string expected) =>
        Assert.Equal(expected, Quantity.Suggest(malformed));

    [Theory]
    [InlineData("5m")]
    [InlineData("lots")]
    [InlineData("1.5.2Gi")]
    public void Offers_nothing_for_valid_or_unreadable_text(string text) => Assert.Null(Quantity.Suggest(text));
}
