namespace Market.Engine.Tests.Money;

public sealed class CreditsTests
{
    [Theory]
    [InlineData("1.5", 1_500_000L)]
    [InlineData("0.000001", 1L)]
    [InlineData("-2", -2_000_000L)]
    public void TryFromDecimal_SixPlacesOrFewer_Converts(string text, long micro)
    {
        Assert.True(Credits.TryFromDecimal(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), out Credits c, out string? problem));
        Assert.Null(problem);
        Assert.Equal(micro, c.Micro);
    }

    [Fact]
    public void TryFromDecimal_SevenPlaces_FailsWithReason()
    {
        Assert.False(Credits.TryFromDecimal(0.0000001m, out _, out string? problem));
        Assert.Contains("6 decimal places", problem);
    }

    [Fact]
    public void TryFromDecimal_TrailingZerosBeyondSixPlaces_Accepted()
        => Assert.True(Credits.TryFromDecimal(1.50000000m, out Credits c, out _) && c.Micro == 1_500_000);

    [Fact]
    public void TryFromDecimal_Huge_OutOfRange()
        => Assert.False(Credits.TryFromDecimal(decimal.MaxValue, out _, out _));

    [Fact]
    public void ToString_Invariant()
        => Assert.Equal("1234.5", new Credits(1_234_500_000).ToString());

    [Theory]
    [InlineData("-0.01", "negative")]
    [InlineData("0.0000001", "6 decimal places")]
    [InlineData("2000000000", "at most")]
    public void Price_TryFromDecimal_Invalid_NamesProblem(string text, string expected)
    {
        Assert.False(Price.TryFromDecimal(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), out _, out string? problem));
        Assert.Contains(expected, problem);
    }
}
