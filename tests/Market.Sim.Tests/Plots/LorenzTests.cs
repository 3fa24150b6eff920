using Market.Sim.Plots;

namespace Market.Sim.Tests.Plots;

public sealed class LorenzTests
{
    [Fact]
    public void Gini_EqualEarnings_Zero()
    {
        Assert.Equal(0, Lorenz.Gini([5, 5, 5, 5]), 12);
    }

    [Fact]
    public void Gini_OneClientEarnsEverything_NMinusOneOverN()
    {
        Assert.Equal(0.75, Lorenz.Gini([0, 0, 9, 0]), 12);
    }

    [Fact]
    public void Gini_KnownDistribution_MatchesMeanAbsoluteDifference()
    {
        double[] v = [1, 2, 3, 4, 10];
        double mad = v.SelectMany(a => v.Select(b => Math.Abs(a - b))).Sum() / (v.Length * v.Length);
        Assert.Equal(mad / (2 * v.Average()), Lorenz.Gini(v), 12);
    }

    [Fact]
    public void Curve_AnyEarnings_StartsAtOriginEndsAtOneAndIsConvex()
    {
        (double[] x, double[] y) = Lorenz.Curve([3, 0, 7, 1, 1, 12]);
        Assert.Equal((0.0, 0.0), (x[0], y[0]));
        Assert.Equal((1.0, 1.0), (x[^1], y[^1]));
        for (int i = 1; i < x.Length; i++)
        {
            Assert.True(y[i] <= x[i] + 1e-12, "below the equality line");
            Assert.True(y[i] >= y[i - 1], "non-decreasing");
        }
    }

    [Fact]
    public void Curve_EmptyOrAllZero_EqualityLine()
    {
        (double[] ex, double[] ey) = Lorenz.Curve([]);
        Assert.Equal([0.0, 1.0], ex);
        Assert.Equal([0.0, 1.0], ey);
        (double[] x, double[] y) = Lorenz.Curve([0, 0, 0]);
        Assert.Equal(x, y);
        Assert.Equal(0, Lorenz.Gini([0, 0, 0]));
    }
}
