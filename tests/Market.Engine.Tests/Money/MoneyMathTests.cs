namespace Market.Engine.Tests.Money;

public sealed class MoneyMathTests
{
    [Theory]
    [InlineData(3_600_000_000L, 1, 1_000_000L)] // 3600 credits/h for 1 s = 1 credit
    [InlineData(1L, 1800, 0L)] // 0.5 micro rounds to even (0)
    [InlineData(3L, 1800, 2L)] // 1.5 micro rounds to even (2)
    [InlineData(5L, 1800, 2L)] // 2.5 micro rounds to even (2)
    public void ChargeFor_Seconds_RoundsHalfToEven(long microPerHour, int seconds, long expected)
        => Assert.Equal(expected, MoneyMath.ChargeFor(new Price(microPerHour), TimeSpan.FromSeconds(seconds)).Micro);

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public bool ChargeFor_AnyPriceAndDuration_EqualsExactHalfEvenReference(long price, long ticks, bool small)
    {
        // Both sides of the long fast path: small values stay under it, others go through Int128.
        price = Math.Abs(price % (small ? 1L << 31 : Price.Max.MicroPerHour + 1));
        ticks = Math.Abs(ticks % (small ? 1L << 32 : TimeSpan.TicksPerDay * 365));
        var exact = new System.Numerics.BigInteger(price) * ticks;
        var q = System.Numerics.BigInteger.DivRem(exact, TimeSpan.TicksPerHour, out System.Numerics.BigInteger r);
        if (r * 2 > TimeSpan.TicksPerHour || (r * 2 == TimeSpan.TicksPerHour && !q.IsEven))
        {
            q++;
        }

        return MoneyMath.ChargeFor(new Price(price), TimeSpan.FromTicks(ticks)).Micro == (long)q;
    }

    [Fact]
    public void ChargeFor_LongerDuration_NeverLess()
    {
        var price = new Price(7_777_777);
        long previous = 0;
        for (int s = 0; s < 5000; s += 7)
        {
            long c = MoneyMath.ChargeFor(price, TimeSpan.FromSeconds(s)).Micro;
            Assert.True(c >= previous);
            previous = c;
        }
    }

    [Fact]
    public void ChargeFor_MaxPriceForAYear_DoesNotOverflow()
        => Assert.Equal(Price.Max.MicroPerHour * 24 * 365, MoneyMath.ChargeFor(Price.Max, TimeSpan.FromDays(365)).Micro);

    [Fact]
    public void ChargeFor_NegativeDuration_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => MoneyMath.ChargeFor(Price.Tick, TimeSpan.FromTicks(-1)));

    [Theory]
    [InlineData(1_000_000L, 50_000, 50_000L)]
    [InlineData(10L, 50_000, 0L)] // 0.5 → 0
    [InlineData(30L, 50_000, 2L)] // 1.5 → 2
    public void Commission_PartsPerMillion_RoundsHalfToEven(long amount, int ppm, long expected)
        => Assert.Equal(expected, MoneyMath.Commission(new Credits(amount), ppm).Micro);
}
