using System;

namespace Market.Engine;

/// <content>Commands as values.</content>
public sealed partial class MarketEngine
{
    /// <summary>Executes one command given as a value.</summary>
    /// <exception cref="ArgumentException">An unknown command type.</exception>
    /// <exception cref="InvalidOperationException">The command's time is before <see cref="Now"/>.</exception>
    public CommandResult Execute(MarketCommand command) => Guard.NotNull(command, nameof(command)) switch
    {
        OpenAccountCommand c => new CommandResult(true, OpenAccount(c.Time).Value, null),
        DepositCommand c => CommandResult.From(Deposit(c.Time, c.Account, c.Amount), _ => 0),
        WithdrawCommand c => CommandResult.From(Withdraw(c.Time, c.Account, c.Amount), _ => 0),
        RegisterClientCommand c => CommandResult.From(RegisterClient(c.Time, c.Owner), id => id.Value),
        SubmitJobCommand c => CommandResult.From(SubmitJob(c.Time, c.Owner, c.Name, c.Price, c.Initial), id => id.Value),
        ChangePriceCommand c => CommandResult.From(ChangePrice(c.Time, c.Requester, c.Job, c.Price), _ => 0),
        RequestWorkCommand c => CommandResult.From(RequestWork(c.Time, c.Client, c.RequestedLength), w => w.Lease?.Id.Value ?? 0),
        WithdrawRequestCommand c => CommandResult.From(WithdrawRequest(c.Time, c.Client), _ => 0),
        ReportSpeedTestCommand c => CommandResult.From(ReportSpeedTest(c.Time, c.Client, c.Lease, c.Elapsed), _ => 0),
        CheckInCommand c => CommandResult.From(CheckIn(c.Time, c.Client, c.Lease, c.Kind, c.NewState, c.Work), _ => 0),
        AdvanceCommand c => Advanced(c.Time),
        _ => throw new ArgumentException("Unknown command " + command + ".", nameof(command)),
    };

    private CommandResult Advanced(Instant time)
    {
        Advance(time);
        return CommandResult.Ok;
    }
}
