using System;
using System.Globalization;

namespace Market.Engine;

/// <summary>A point in time, UTC, in 100 ns ticks since 0001-01-01 (as <see cref="DateTime.Ticks"/>).</summary>
/// <remarks>The engine never reads a clock: every command carries its <see cref="Instant"/>.</remarks>
/// <param name="Ticks">Ticks since 0001-01-01T00:00:00Z.</param>
public readonly record struct Instant(long Ticks) : IComparable<Instant>
{
    /// <summary>2000-01-01T00:00:00Z, a convenient origin for simulations.</summary>
    public static readonly Instant Epoch2000 = new(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks);

    /// <summary>Converts a UTC <see cref="DateTime"/>.</summary>
    /// <exception cref="ArgumentException">The value is not UTC.</exception>
    public static Instant FromUtc(DateTime utc)
    {
        Guard.Require(utc.Kind == DateTimeKind.Utc, nameof(utc), "The time must be UTC.");
        return new Instant(utc.Ticks);
    }

    /// <summary>This instant as a UTC <see cref="DateTime"/>.</summary>
    public DateTime ToUtc() => new(Ticks, DateTimeKind.Utc);

    /// <summary>This instant moved by <paramref name="span"/>.</summary>
    public Instant Plus(TimeSpan span) => new(Ticks + span.Ticks);

    /// <summary>The time from <paramref name="earlier"/> to this instant.</summary>
    public TimeSpan Since(Instant earlier) => new(Ticks - earlier.Ticks);

    /// <inheritdoc/>
    public int CompareTo(Instant other) => Ticks.CompareTo(other.Ticks);

    /// <summary>Compares two instants.</summary>
    public static bool operator <(Instant a, Instant b) => a.Ticks < b.Ticks;

    /// <summary>Compares two instants.</summary>
    public static bool operator >(Instant a, Instant b) => a.Ticks > b.Ticks;

    /// <summary>Compares two instants.</summary>
    public static bool operator <=(Instant a, Instant b) => a.Ticks <= b.Ticks;

    /// <summary>Compares two instants.</summary>
    public static bool operator >=(Instant a, Instant b) => a.Ticks >= b.Ticks;

    /// <summary>ISO 8601 UTC, e.g. <c>2000-01-01T00:00:00.0000000Z</c>.</summary>
    public override string ToString() => ToUtc().ToString("o", CultureInfo.InvariantCulture);
}
