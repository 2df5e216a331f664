using InfraSdk.Kubernetes;

namespace InfraSdk.Analyzers.Tests.Index;

public sealed class QuantityTests
{
    [Theory]
    [InlineData("500mb")]
    [InlineData("1GB")]
    [InlineData("2 cores")]
    [InlineData("")]
    [InlineData("1.5.0")]
    [InlineData("Mi")]
    public void Malformed_quantities_are_invalid(string text)
    {
        Assert.False(Quantity.IsValid(text));
        Assert.False(Quantity.TryParse(text, out _));
    }

    [Theory]
    [InlineData("250m", "0.25")]
    [InlineData("1", "1")]
    [InlineData(".5", "0.5")]
    [InlineData("1.", "1")]
    [InlineData("+2k", "2000")]
    [InlineData("256Mi", "268435456")]
    [InlineData("1G", "1000000000")]
    [InlineData("1e3", "1000")]
    [InlineData("5E-3", "0.005")]
    [InlineData("100n", "0.0000001")]
    [InlineData("1Ei", "1152921504606846976")]
    public void Quantities_parse_to_their_value(string text, string expected)
    {
        Assert.True(Quantity.IsValid(text));
        Assert.True(Quantity.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void Binary_and_decimal_suffixes_compare_by_value()
    {
        Assert.True(Quantity.TryParse("1Gi", out var binary) && Quantity.TryParse("1G", out var metric) && binary > metric);
        Assert.True(Quantity.TryParse("1500m", out var milli) && Quantity.TryParse("1", out var one) && milli > one);
    }

    [Fact]
    public void Valid_quantity_beyond_a_decimal_is_valid_but_not_compared()
    {
        Assert.True(Quantity.IsValid("1e40"));
        Assert.False(Quantity.TryParse("1e40", out _));
    }
}
