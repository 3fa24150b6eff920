using Market.Engine;

namespace Market.Sim.Populations;

/// <summary>Office desktops: busy with their owners 09:00–17:00 on weekdays, available otherwise.</summary>
public static class Diurnal
{
    public static bool IsWorkingHours(Instant t)
    {
        DateTime d = t.ToUtc();
        return d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && d.Hour is >= 9 and < 17;
    }

    /// <summary>The next weekday 09:00 strictly after <paramref name="t"/>.</summary>
    public static Instant NextWorkStart(Instant t)
    {
        DateTime d = t.ToUtc().Date.AddHours(9);
        while (d <= t.ToUtc() || d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            d = d.AddDays(1);
        }

        return Instant.FromUtc(d);
    }

    /// <summary>When the machine is next available: <paramref name="t"/> itself outside working hours, else 17:00 that day.</summary>
    public static Instant NextIdleStart(Instant t)
        => IsWorkingHours(t) ? Instant.FromUtc(t.ToUtc().Date.AddHours(17)) : t;
}
