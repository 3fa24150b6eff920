using Market.Engine.Tests.Support;

namespace Market.Engine.Tests.Matching;

public sealed class RankPolicyTests
{
    [Fact]
    public void Match_HighestPriceToFastestClient()
    {
        var m = new TestMarket();
        AccountId a = m.Account();
        ClientId slow = m.Client(a, 10);
        ClientId fast = m.Client(a, 1000);
        ClientId mid = m.Client(a, 100);
        JobId cheap = m.Job(a, 1m);
        JobId dear = m.Job(a, 3m);
        JobId middle = m.Job(a, 2m);
        m.Request(slow);
        m.Request(fast);
        m.Request(mid);
        Dictionary<ClientId, LeaseInfo> g = m.CloseWindow();
        Assert.Equal((dear, middle, cheap), (g[fast].Job!.Value, g[mid].Job!.Value, g[slow].Job!.Value));
    }

    [Fact]
    public void Match_EqualPrices_EarlierSubmissionFirst_EqualSpeeds_EarlierRequestFirst()
    {
        var m = new TestMarket();
        AccountId a = m.Account();
        ClientId c1 = m.Client(a, 100);
        ClientId c2 = m.Client(a, 100);
        ClientId c3 = m.Client(a, 50);
        JobId j1 = m.Job(a, 2m);
        JobId j2 = m.Job(a, 2m);
        JobId j3 = m.Job(a, 2m);
        m.Request(c2);
        m.Request(c1);
        m.Request(c3);
        Dictionary<ClientId, LeaseInfo> g = m.CloseWindow();
        Assert.Equal((j1, j2, j3), (g[c2].Job!.Value, g[c1].Job!.Value, g[c3].Job!.Value));
    }

    [Fact]
    public void Match_WinnerPaysOwnPrice()
    {
        var m = new TestMarket();
        AccountId a = m.Account();
        ClientId c = m.Client(a, 100);
        m.Job(a, 2m);
        m.Job(a, 1m);
        m.Request(c);
        Assert.Equal(Price.FromDecimal(2m), m.CloseWindow()[c].Paid);
    }
}
