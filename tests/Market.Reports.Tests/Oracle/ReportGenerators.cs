using FsCheck;
using FsCheck.Fluent;

namespace Market.Reports.Tests.Oracle;

/// <summary>A generated report, shown compactly when FsCheck reports a counterexample.</summary>
/// <param name="Report">The report.</param>
public sealed record GeneratedReport(MarketReport Report)
{
    public override string ToString()
        => $"report (reader {Report.Reader?.ToString() ?? "none"}, {Report.Source}, policy \"{Escape(Report.PolicyName)}\", {Report.Clients.Count} clients, {Report.Jobs.Count} jobs, {Report.Dispatches.Count} dispatches; names {string.Join(", ", Report.Jobs.Where(j => j.Name is not null).Select(j => "\"" + Escape(j.Name!) + "\""))})";

    private static string Escape(string s) => string.Concat(s.Select(c => c is >= ' ' and < '\x7F' ? c.ToString() : $"\\u{(int)c:X4}"));
}

/// <summary>FsCheck generators of whole reports for the differential tests: every optional field
/// present and absent, both sources, a reader or none, every outcome and status (and values outside
/// the enums), extreme numbers and times, and names made of the characters that XML escapes, that
/// UTF-8 encodes in two, three and four bytes, and that XmlWriter rejects.</summary>
public static class ReportGenerators
{
    public static Arbitrary<GeneratedReport> Reports() => Arb.From(Report().Select(r => new GeneratedReport(r)));

    /// <summary>Text as owners and users write it, and worse: mostly harmless characters, with every
    /// kind of character the writer treats differently mixed in, surrogate pairs whole and halved.</summary>
    public static Gen<string> TrickyText() => Gen.Frequency(
            (6, Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString())),
            (4, Gen.Elements("&", "<", ">", "\"", "'", "\t", "\n", "\r", "\r\n", " ", "&amp;", "]]>")),
            (3, Gen.Elements("é", "ß", "\u00A0", "\u0085", "\u07FF", "\u0800", "中", "\u2028", "\uFFFD", "\uD7FF", "\uE000", "\u007F")),
            (2, Gen.Choose(0x80, 0xD7FF).Select(c => ((char)c).ToString())),
            (2, Gen.Elements("\uD83D\uDE00", "\uD800\uDC00", "\uDBFF\uDFFF")),
            (1, Gen.Choose(0, 0x1F).Select(c => ((char)c).ToString())),
            (1, Gen.Elements("\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDE00\uD83D", "\uFFFE", "\uFFFF")))
        .ListOf()
        .Select(string.Concat);

    /// <summary>Like <see cref="TrickyText"/>, without the characters XmlWriter rejects.</summary>
    public static Gen<string> ValidText() => TrickyText().Select(WithoutRejected);

    private static string WithoutRejected(string s)
    {
        var kept = new System.Text.StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                kept.Append(c).Append(s[++i]);
            }
            else if ((c >= ' ' || c is '\t' or '\n' or '\r') && c < '\uFFFE' && !char.IsSurrogate(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    private static Gen<MarketReport> Report() =>
        from generated in Time()
        from source in Gen.Elements(ReportSource.Live, ReportSource.Simulation)
        from reader in Gen.OneOf(Gen.Constant<AccountId?>(null), Gen.Choose(0, int.MaxValue).Select(a => (AccountId?)new AccountId(a)))
        from options in Options()
        from policy in Gen.Frequency((4, Gen.Elements("rank", "lottery", "vickrey")), (1, Text()))
        from clients in Client().ListOf()
        from jobs in Job().ListOf()
        from dispatches in Dispatch().ListOf()
        select new MarketReport(generated, source, reader, options, policy, clients.ToList(), jobs.ToList(), dispatches.ToList());

    /// <summary>Mostly text XmlWriter accepts, so that whole reports are compared byte for byte, and
    /// now and then text it rejects, so that the rejection is compared too.</summary>
    private static Gen<string> Text() => Gen.Frequency((6, ValidText()), (1, TrickyText()));

    private static Gen<Instant> Time() => Gen.Frequency(
        (6, Gen.Choose(0, 400 * 86400).Select(s => Instant.Epoch2000.Plus(TimeSpan.FromSeconds(s)))),
        (6, Gen.Choose(0, int.MaxValue).SelectMany(s => Gen.Choose(0, 9_999_999), (s, f) => new Instant(Instant.Epoch2000.Ticks + (s * TimeSpan.TicksPerSecond) + f))),
        (4, Long(0, DateTime.MaxValue.Ticks).Select(t => new Instant(t))),
        (1, Gen.Elements(0L, 1L, 10L, DateTime.MaxValue.Ticks, DateTime.MaxValue.Ticks - 9_999_999).Select(t => new Instant(t))));

    private static Gen<long> Long(long min, long max) => Gen.Choose(int.MinValue, int.MaxValue).SelectMany(
        _ => Gen.Choose(int.MinValue, int.MaxValue),
        (hi, lo) => Within(((ulong)(uint)hi << 32) | (uint)lo, min, max));

    private static long Within(ulong bits, long min, long max)
    {
        ulong range = unchecked((ulong)(max - min) + 1);
        return unchecked(min + (long)(range == 0 ? bits : bits % range));
    }

    private static Gen<long> AnyLong() => Gen.Frequency(
        (4, Gen.Choose(0, 10_000_000).Select(i => (long)i)),
        (2, Gen.Choose(int.MinValue, int.MaxValue).Select(i => (long)i)),
        (2, Long(long.MinValue, long.MaxValue)),
        (1, Gen.Elements(0L, 1L, -1L, 999_999L, 1_000_000L, 1_000_001L, long.MaxValue, long.MinValue, long.MinValue + 1)));

    private static Gen<int> AnyInt() => Gen.Frequency(
        (4, Gen.Choose(0, 100_000)),
        (1, Gen.Choose(int.MinValue, int.MaxValue)),
        (1, Gen.Elements(0, 1, -1, int.MaxValue, int.MinValue)));

    private static Gen<double> AnyDouble() => Gen.Frequency(
        (4, Gen.Choose(0, 5_000_000).Select(i => i / 1000.0)),
        (2, Long(long.MinValue, long.MaxValue).Select(BitConverter.Int64BitsToDouble)),
        (1, Gen.Elements(0.0, -0.0, 1e-7, 5e-7, 4.9999999e-7, 0.1 + 0.2, 1e19, 1e20, 9.99e19, -1e20, 123456789.1234567, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, double.MaxValue)));

    private static Gen<TimeSpan> Span() => Gen.Frequency(
        (4, Gen.Choose(0, 86400 * 3).Select(s => TimeSpan.FromSeconds(s))),
        (1, AnyLong().Select(t => new TimeSpan(t))));

    private static Gen<MarketOptions> Options() =>
        from window in Span()
        from min in Span()
        from max in Span()
        from test in Span()
        from pool in AnyInt()
        from commission in AnyInt()
        select new MarketOptions { Window = window, MinLease = min, MaxLease = max, TestInterval = test, PoolThreshold = pool, CommissionPpm = commission };

    private static Gen<ReportClient> Client() =>
        from id in AnyInt()
        from speed in AnyDouble()
        from measurements in Time().SelectMany(_ => AnyDouble(), (t, s) => new SpeedMeasurement(t, s)).ListOf()
        from completed in AnyLong()
        from owner in Gen.OneOf(Gen.Constant<AccountId?>(null), AnyInt().Select(a => (AccountId?)new AccountId(a)))
        from earned in Gen.OneOf(Gen.Constant<Credits?>(null), AnyLong().Select(c => (Credits?)new Credits(c)))
        select new ReportClient(new ClientId(id), speed, measurements.ToList(), completed, owner, earned);

    private static Gen<ReportJob> Job() =>
        from id in AnyInt()
        from price in AnyLong()
        from status in Gen.Frequency((5, Gen.Elements(Enum.GetValues<JobStatus>())), (1, Gen.Choose(-3, 40).Select(s => (JobStatus)s)))
        from submitted in Time()
        from slices in AnyLong()
        from work in AnyLong()
        from rollbacks in AnyLong()
        from owner in Gen.OneOf(Gen.Constant<AccountId?>(null), AnyInt().Select(a => (AccountId?)new AccountId(a)))
        from name in Gen.OneOf(Gen.Constant<string?>(null), Text().Select(s => (string?)s))
        select new ReportJob(new JobId(id), new Price(price), status, submitted, slices, work, rollbacks, owner, name);

    private static Gen<Dispatch> Dispatch() =>
        from lease in AnyLong()
        from job in AnyInt()
        from client in AnyInt()
        from checkedOut in Time()
        from deadline in Time()
        from checkedIn in Gen.OneOf(Gen.Constant<Instant?>(null), Time().Select(t => (Instant?)t))
        from outcome in Gen.Frequency((8, Gen.Elements(Enum.GetValues<DispatchOutcome>())), (1, Gen.Choose(-2, 9).Select(o => (DispatchOutcome)o)))
        from price in AnyLong()
        select new Dispatch(new LeaseId(lease), new JobId(job), new ClientId(client), checkedOut, deadline, checkedIn, outcome, new Price(price));
}
