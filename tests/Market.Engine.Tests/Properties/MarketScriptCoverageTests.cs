namespace Market.Engine.Tests.Properties;

/// <summary>The generated scripts really reach the paths the properties speak of.</summary>
public sealed class MarketScriptCoverageTests
{
    [Theory]
    [InlineData(MatchingPolicyKind.Rank)]
    [InlineData(MatchingPolicyKind.Lottery)]
    public void Run_LongRandomScript_ReachesExpiryPauseCheckInAndBadCheckIns(MatchingPolicyKind policy)
    {
        var rng = new DeterministicRandom(5);
        var script = new MarketScript(policy, 5);
        script.Run(Enumerable.Range(0, 3000).Select(_ => (int)rng.NextUInt64()));
        foreach (EventKind kind in new[] { EventKind.LeaseExpired, EventKind.JobPaused, EventKind.JobResumed, EventKind.CheckedIn, EventKind.JobCompleted, EventKind.JobFailed, EventKind.SpeedMeasured, EventKind.Paid })
        {
            Assert.True(script.Log.OfKind(kind).Any(), kind + " never happened");
        }

        Assert.True(script.BadCheckIns > 50);
        Assert.Contains(script.Log.OfKind(EventKind.Rejected), e => e.Detail == (int)RejectionCode.LateCheckIn);
    }
}
