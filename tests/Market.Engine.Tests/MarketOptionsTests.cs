namespace Market.Engine.Tests;

public sealed class MarketOptionsTests
{
    [Fact]
    public void Validate_Defaults_NoProblems() => Assert.Empty(new MarketOptions().Validate());

    [Fact]
    public void Validate_ManyBadFields_ListsEveryOne()
    {
        var bad = new MarketOptions { MinLease = TimeSpan.Zero, PoolThreshold = 0, CommissionPpm = -1, TestWork = double.NaN, Policy = (MatchingPolicyKind)99 };
        IReadOnlyList<string> problems = bad.Validate();
        Assert.Contains(problems, p => p.StartsWith("MinLease", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("PoolThreshold", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("CommissionPpm", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("TestWork", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Policy", StringComparison.Ordinal));
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsWithProblems()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new MarketEngine(new MarketOptions { MaxLease = TimeSpan.FromSeconds(1) }));
        Assert.Contains("MaxLease", e.Message);
    }

    [Theory]
    [InlineData(0.5, 1)]
    [InlineData(10, 10)]
    [InlineData(100, 30)]
    public void GrantLength_Requested_ClampedToBounds(double requestedMinutes, double grantedMinutes)
        => Assert.Equal(TimeSpan.FromMinutes(grantedMinutes), new MarketOptions().GrantLength(TimeSpan.FromMinutes(requestedMinutes)));
}
