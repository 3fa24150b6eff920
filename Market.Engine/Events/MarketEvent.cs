using System;
using System.Globalization;
using System.Text;

namespace Market.Engine;

/// <summary>One observable fact. A small value: the engine emits millions without allocating.</summary>
/// <remarks>
/// Which fields a kind fills is documented on <see cref="EventKind"/>; the others hold defaults.
/// Applying the events after a snapshot to that snapshot gives the same state as the engine that
/// emitted them (<see cref="MarketEngine.Apply"/>).
/// </remarks>
public readonly record struct MarketEvent
{
    /// <summary>What happened.</summary>
    public EventKind Kind { get; init; }

    /// <summary>When, in the time of the command that caused it.</summary>
    public Instant Time { get; init; }

    /// <summary>The account concerned (owner, or the debited account of a payment).</summary>
    public AccountId Account { get; init; }

    /// <summary>The credited account of a payment.</summary>
    public AccountId Counterparty { get; init; }

    /// <summary>The client concerned.</summary>
    public ClientId Client { get; init; }

    /// <summary>The job concerned.</summary>
    public JobId Job { get; init; }

    /// <summary>The lease concerned.</summary>
    public LeaseId Lease { get; init; }

    /// <summary>An amount of money.</summary>
    public Credits Amount { get; init; }

    /// <summary>A price.</summary>
    public Price Price { get; init; }

    /// <summary>A duration (lease length, time held, elapsed test time, requested length).</summary>
    public TimeSpan Length { get; init; }

    /// <summary>A lease deadline.</summary>
    public Instant Deadline { get; init; }

    /// <summary>A job state version.</summary>
    public StateVersion State { get; init; }

    /// <summary>A number whose meaning depends on the kind (version number, sequence, count).</summary>
    public long Number { get; init; }

    /// <summary>Work units, or a second number whose meaning depends on the kind.</summary>
    public long Work { get; init; }

    /// <summary>A speed in work units per second, or test work units.</summary>
    public double Speed { get; init; }

    /// <summary>A code whose meaning depends on the kind (<see cref="PaymentKind"/>, <see cref="RejectionCode"/>, <see cref="CheckInKind"/>).</summary>
    public int Detail { get; init; }

    /// <summary>A job name or a reason.</summary>
    public string? Text { get; init; }

    /// <summary>A stable one-line rendering (used by logs, replays and tests).</summary>
    public override string ToString()
    {
        var b = new StringBuilder();
        b.Append(Time.ToString()).Append(' ').Append(Kind.ToString());
        Field(b, "account", Account.Value != 0 || Kind is EventKind.Paid or EventKind.AccountOpened, Account.ToString());
        Field(b, "to", Kind == EventKind.Paid, Counterparty.ToString());
        Field(b, "client", Client.Value != 0, Client.ToString());
        Field(b, "job", Job.Value != 0, Job.ToString());
        Field(b, "lease", Lease.Value != 0, Lease.ToString());
        Field(b, "amount", Amount.Micro != 0, Amount.ToString());
        Field(b, "price", Price.MicroPerHour != 0, Price.ToString());
        Field(b, "length", Length != TimeSpan.Zero, Length.Ticks.ToString(CultureInfo.InvariantCulture));
        Field(b, "deadline", Deadline.Ticks != 0, Deadline.ToString());
        Field(b, "state", State != default, State.Digest + "/" + State.Size.ToString(CultureInfo.InvariantCulture));
        Field(b, "n", Number != 0, Number.ToString(CultureInfo.InvariantCulture));
        Field(b, "work", Work != 0, Work.ToString(CultureInfo.InvariantCulture));
        Field(b, "speed", Speed != 0, Speed.ToString("R", CultureInfo.InvariantCulture));
        Field(b, "detail", Detail != 0, Detail.ToString(CultureInfo.InvariantCulture));
        Field(b, "text", Text is not null, Text ?? string.Empty);
        return b.ToString();
    }

    private static void Field(StringBuilder b, string name, bool present, string value)
    {
        if (present)
        {
            b.Append(' ').Append(name).Append('=').Append(value);
        }
    }
}
