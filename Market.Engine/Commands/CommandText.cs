using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Market.Engine;

/// <summary>The text form of commands and market options: one line each. The live dispatcher logs
/// every command it executes in this form, and the simulator's <c>replay</c> feeds the lines back
/// through <see cref="MarketEngine.Execute"/>, which reproduces the live market's events exactly.</summary>
/// <remarks>
/// <para>A command line is <c>TICKS VERB ARG...</c>: the time in .NET ticks (UTC), a verb, and
/// positional arguments separated by single spaces. Decimals are invariant-culture, durations are
/// ticks, digests are lower-case hex, a job name is percent-encoded (so it has no spaces).</para>
/// <para>An options line is <c>options KEY=VALUE...</c> with every field of <see cref="MarketOptions"/>.</para>
/// <para>Parsing never throws: a malformed line gives an error that says what is wrong.</para>
/// </remarks>
public static class CommandText
{
    /// <summary>The first line of a command log file.</summary>
    public const string Header = "# market command log v1";

    /// <summary>Formats a command as one line.</summary>
    /// <exception cref="ArgumentException">An unknown command type.</exception>
    public static string Format(MarketCommand command)
    {
        Guard.NotNull(command, nameof(command));
        var b = new StringBuilder(96);
        b.Append(command.Time.Ticks.ToString(CultureInfo.InvariantCulture)).Append(' ');
        switch (command)
        {
            case OpenAccountCommand:
                b.Append("open");
                break;
            case DepositCommand c:
                Append(b, "deposit", c.Account.Value, Dec(c.Amount));
                break;
            case WithdrawCommand c:
                Append(b, "withdraw", c.Account.Value, Dec(c.Amount));
                break;
            case RegisterClientCommand c:
                Append(b, "client", c.Owner.Value);
                break;
            case SubmitJobCommand c:
                Append(b, "submit", c.Owner.Value, Dec(c.Price), c.Initial.Digest.ToString(), c.Initial.Size, Uri.EscapeDataString(c.Name));
                break;
            case ChangePriceCommand c:
                Append(b, "price", c.Requester.Value, c.Job.Value, Dec(c.Price));
                break;
            case RequestWorkCommand c:
                Append(b, "request", c.Client.Value, c.RequestedLength.Ticks);
                break;
            case WithdrawRequestCommand c:
                Append(b, "unpool", c.Client.Value);
                break;
            case ReportSpeedTestCommand c:
                Append(b, "test", c.Client.Value, c.Lease.Value, c.Elapsed.Ticks);
                break;
            case CheckInCommand c:
                Append(b, "checkin", c.Client.Value, c.Lease.Value, c.Kind.ToString().ToLowerInvariant(), c.NewState.Digest.ToString(), c.NewState.Size, c.Work);
                break;
            case AdvanceCommand:
                b.Append("advance");
                break;
            default:
                throw new ArgumentException("Unknown command " + command + ".", nameof(command));
        }

        return b.ToString();
    }

    /// <summary>Parses one command line.</summary>
    /// <returns>True with the command, or false with <paramref name="error"/> saying what is wrong.</returns>
    public static bool TryParse(string line, out MarketCommand? command, out string? error)
    {
        command = null;
        error = null;
        string[] parts = (line ?? string.Empty).Split(' ');
        if (parts.Length < 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out long ticks)
            || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            error = "expected 'TICKS VERB ARGS...' with TICKS a non-negative whole number of ticks";
            return false;
        }

        var time = new Instant(ticks);
        var args = new Args(parts, parts[1]);
        command = parts[1] switch
        {
            "open" when args.Count(0) => new OpenAccountCommand(time),
            "deposit" when args.Count(2) => new DepositCommand(time, new AccountId(args.Int(0)), args.Decimal(1)),
            "withdraw" when args.Count(2) => new WithdrawCommand(time, new AccountId(args.Int(0)), args.Decimal(1)),
            "client" when args.Count(1) => new RegisterClientCommand(time, new AccountId(args.Int(0))),
            "submit" when args.Count(5) => new SubmitJobCommand(time, new AccountId(args.Int(0)), args.Name(4), args.Decimal(1), new StateVersion(args.Digest(2), args.Long(3))),
            "price" when args.Count(3) => new ChangePriceCommand(time, new AccountId(args.Int(0)), new JobId(args.Int(1)), args.Decimal(2)),
            "request" when args.Count(2) => new RequestWorkCommand(time, new ClientId(args.Int(0)), new TimeSpan(args.Long(1))),
            "unpool" when args.Count(1) => new WithdrawRequestCommand(time, new ClientId(args.Int(0))),
            "test" when args.Count(3) => new ReportSpeedTestCommand(time, new ClientId(args.Int(0)), new LeaseId(args.Long(1)), new TimeSpan(args.Long(2))),
            "checkin" when args.Count(6) => new CheckInCommand(time, new ClientId(args.Int(0)), new LeaseId(args.Long(1)), args.Kind(2), new StateVersion(args.Digest(3), args.Long(4)), args.Long(5)),
            "advance" when args.Count(0) => new AdvanceCommand(time),
            _ => null,
        };
        error = args.Error ?? (command is null ? "unknown verb or wrong number of arguments: '" + parts[1] + "' with " + (parts.Length - 2) + " arguments" : null);
        if (error is not null)
        {
            command = null;
            return false;
        }

        return true;
    }

    /// <summary>Formats market options as one line.</summary>
    public static string FormatOptions(MarketOptions options)
    {
        Guard.NotNull(options, nameof(options));
        return string.Create(CultureInfo.InvariantCulture,
            $"options minLease={options.MinLease.Ticks} maxLease={options.MaxLease.Ticks} window={options.Window.Ticks} poolThreshold={options.PoolThreshold} testInterval={options.TestInterval.Ticks} testWork={options.TestWork:R} testLease={options.TestLease.Ticks} commissionPpm={options.CommissionPpm} policy={options.Policy} seed={options.Seed} speedHistory={options.SpeedHistory}");
    }

    /// <summary>Parses an options line written by <see cref="FormatOptions"/>.</summary>
    /// <returns>True with valid options, or false with every problem found.</returns>
    public static bool TryParseOptions(string line, out MarketOptions? options, out string? error)
    {
        options = null;
        string[] parts = (line ?? string.Empty).Split(' ');
        if (parts.Length < 1 || parts[0] != "options")
        {
            error = "expected a line starting with 'options'";
            return false;
        }

        var o = new MarketOptions();
        var problems = new List<string>();
        for (int i = 1; i < parts.Length; i++)
        {
            int eq = parts[i].IndexOf('=', StringComparison.Ordinal);
            string key = eq < 0 ? parts[i] : parts[i][..eq];
            string value = eq < 0 ? string.Empty : parts[i][(eq + 1)..];
            bool okLong = long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n);
            bool ok = okLong;
            switch (key)
            {
                case "minLease": o = o with { MinLease = new TimeSpan(n) }; break;
                case "maxLease": o = o with { MaxLease = new TimeSpan(n) }; break;
                case "window": o = o with { Window = new TimeSpan(n) }; break;
                case "poolThreshold": ok = okLong && n is >= int.MinValue and <= int.MaxValue; o = o with { PoolThreshold = (int)Math.Clamp(n, int.MinValue, int.MaxValue) }; break;
                case "testInterval": o = o with { TestInterval = new TimeSpan(n) }; break;
                case "testLease": o = o with { TestLease = new TimeSpan(n) }; break;
                case "commissionPpm": ok = okLong && n is >= int.MinValue and <= int.MaxValue; o = o with { CommissionPpm = (int)Math.Clamp(n, int.MinValue, int.MaxValue) }; break;
                case "speedHistory": ok = okLong && n is >= int.MinValue and <= int.MaxValue; o = o with { SpeedHistory = (int)Math.Clamp(n, int.MinValue, int.MaxValue) }; break;
                case "testWork":
                    ok = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double w);
                    o = o with { TestWork = w };
                    break;
                case "policy":
                    ok = Enum.TryParse(value, ignoreCase: false, out MatchingPolicyKind p) && Enum.IsDefined(p);
                    o = o with { Policy = p };
                    break;
                case "seed":
                    ok = ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out ulong s);
                    o = o with { Seed = s };
                    break;
                default:
                    problems.Add("unknown option '" + key + "'");
                    continue;
            }

            if (!ok)
            {
                problems.Add("option '" + key + "' has a bad value '" + value + "'");
            }
        }

        if (problems.Count == 0)
        {
            problems.AddRange(o.Validate());
        }

        error = problems.Count == 0 ? null : string.Join("; ", problems);
        options = problems.Count == 0 ? o : null;
        return problems.Count == 0;
    }

    private static string Dec(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    private static void Append(StringBuilder b, string verb, params object[] args)
    {
        b.Append(verb);
        foreach (object a in args)
        {
            b.Append(' ').Append(Convert.ToString(a, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Reads positional arguments, remembering the first problem.</summary>
    private sealed class Args(string[] parts, string verb)
    {
        public string? Error { get; private set; }

        public bool Count(int n) => parts.Length - 2 == n;

        public long Long(int i)
        {
            if (long.TryParse(parts[i + 2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v))
            {
                return v;
            }

            return Fail<long>(i, "a whole number");
        }

        public int Int(int i)
        {
            if (int.TryParse(parts[i + 2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v))
            {
                return v;
            }

            return Fail<int>(i, "a whole number");
        }

        public decimal Decimal(int i)
        {
            if (decimal.TryParse(parts[i + 2], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal v))
            {
                return v;
            }

            return Fail<decimal>(i, "a decimal");
        }

        public StateDigest Digest(int i)
        {
            string s = parts[i + 2];
            if (s.Length == 64 && ulong.TryParse(s.AsSpan(0, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong a)
                && ulong.TryParse(s.AsSpan(16, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong b)
                && ulong.TryParse(s.AsSpan(32, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong c)
                && ulong.TryParse(s.AsSpan(48, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong d))
            {
                return new StateDigest(a, b, c, d);
            }

            return Fail<StateDigest>(i, "64 hex digits");
        }

        public string Name(int i)
        {
            try
            {
                return Uri.UnescapeDataString(parts[i + 2]);
            }
            catch (UriFormatException)
            {
                return Fail<string>(i, "a percent-encoded name");
            }
        }

        public CheckInKind Kind(int i) => parts[i + 2] switch
        {
            "progress" => CheckInKind.Progress,
            "completed" => CheckInKind.Completed,
            "failed" => CheckInKind.Failed,
            _ => Fail<CheckInKind>(i, "progress, completed or failed"),
        };

        private T Fail<T>(int i, string expected)
        {
            Error ??= verb + ": argument " + (i + 1) + " ('" + parts[i + 2] + "') should be " + expected;
            return default!;
        }
    }
}
