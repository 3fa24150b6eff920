using Market.Engine;

namespace Market.Engine.Tests;

/// <summary>The command log's text form: every command survives format → parse → format, and a bad
/// line is refused with what is wrong.</summary>
public sealed class CommandTextTests
{
    private static readonly Instant T = new(638_999_999_999_999_999);

    public static TheoryData<MarketCommand> Commands() => new()
    {
        new OpenAccountCommand(T),
        new DepositCommand(T, new AccountId(3), 12.345678m),
        new WithdrawCommand(T, new AccountId(3), 0.000001m),
        new RegisterClientCommand(T, new AccountId(7)),
        new SubmitJobCommand(T, new AccountId(2), "name with spaces, 100% ünïcode\tand tab", 1.5m, new StateVersion(new StateDigest(1, 2, ulong.MaxValue, 4), 12345)),
        new ChangePriceCommand(T, new AccountId(2), new JobId(9), -1m),
        new RequestWorkCommand(T, new ClientId(4), TimeSpan.FromMilliseconds(1500)),
        new WithdrawRequestCommand(T, new ClientId(4)),
        new ReportSpeedTestCommand(T, new ClientId(4), new LeaseId(long.MaxValue), TimeSpan.FromTicks(17)),
        new CheckInCommand(T, new ClientId(4), new LeaseId(5), CheckInKind.Failed, StateVersion.Empty, 99),
        new AdvanceCommand(T),
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Format_ThenParse_GivesTheSameCommand(MarketCommand command)
    {
        string line = CommandText.Format(command);
        Assert.DoesNotContain('\n', line);
        Assert.True(CommandText.TryParse(line, out var parsed, out string? error), error);
        Assert.Equal(command, parsed);
    }

    [Theory]
    [InlineData("", "TICKS VERB")]
    [InlineData("-5 open", "TICKS VERB")]
    [InlineData("100 open 1", "wrong number of arguments")]
    [InlineData("100 deposit x 1", "argument 1 ('x') should be a whole number")]
    [InlineData("100 checkin 1 2 done 00 1 1", "argument 3 ('done') should be progress, completed or failed")]
    [InlineData("100 submit 1 1 abc 1 n", "argument 3 ('abc') should be 64 hex digits")]
    public void TryParse_BadLine_SaysWhatIsWrong(string line, string expected)
    {
        Assert.False(CommandText.TryParse(line, out var command, out string? error));
        Assert.Null(command);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_RoundTrip_AndBadOnesAreListed()
    {
        var o = new MarketOptions { Window = TimeSpan.FromMilliseconds(50), Policy = MatchingPolicyKind.Lottery, Seed = 99, TestWork = 2837.316, CommissionPpm = 5000 };
        Assert.True(CommandText.TryParseOptions(CommandText.FormatOptions(o), out var back, out _));
        Assert.Equal(o, back);
        Assert.False(CommandText.TryParseOptions("options window=x policy=Best colour=red", out _, out string? error));
        Assert.Contains("'window' has a bad value", error, StringComparison.Ordinal);
        Assert.Contains("'policy' has a bad value", error, StringComparison.Ordinal);
        Assert.Contains("unknown option 'colour'", error, StringComparison.Ordinal);
    }
}
