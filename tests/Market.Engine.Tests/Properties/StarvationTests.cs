using Market.Engine.Tests.Support;

namespace Market.Engine.Tests.Properties;

/// <summary>Which policies can starve a job: a low-priced job facing a steady stream of
/// higher-priced work (README, "Starvation").</summary>
public sealed class StarvationTests
{
    [Theory]
    [InlineData(MatchingPolicyKind.Rank, false)]
    [InlineData(MatchingPolicyKind.Vickrey, false)]
    [InlineData(MatchingPolicyKind.Fcfs, true)]
    [InlineData(MatchingPolicyKind.Lottery, true)]
    public void LowPricedJob_StreamOfHigherPricedWork_LeasedOnlyUnderFairPolicies(MatchingPolicyKind policy, bool leased)
        => Assert.Equal(leased, LowJobLeasedWithin(policy, windows: 300));

    private static bool LowJobLeasedWithin(MatchingPolicyKind policy, int windows)
    {
        var m = new TestMarket(new MarketOptions { Policy = policy, TestWork = 100, TestInterval = TimeSpan.FromDays(30) });
        AccountId a = m.Account(1_000_000m);
        ClientId c = m.Client(a, 100);
        m.Job(a, 5m, "early high");
        JobId low = m.Job(a, 0.5m, "low");
        for (int w = 0; w < windows; w++)
        {
            m.Job(a, 5m, "high " + w); // one more higher-priced one-slice job every window
            m.Request(c);
            LeaseInfo l = m.CloseWindow()[c];
            if (l.Job == low)
            {
                return true;
            }

            m.Engine.CheckIn(m.Now, c, l.Id, CheckInKind.Completed, StateVersion.Empty, 1);
        }

        return false;
    }
}
