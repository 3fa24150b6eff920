using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Market.Engine.Internal;

namespace Market.Engine;

/// <content>Accounts and the ledger.</content>
public sealed partial class MarketEngine
{
    /// <summary>Opens an account with no credits.</summary>
    public AccountId OpenAccount(Instant now)
    {
        Advance(now);
        var id = new AccountId(state.Accounts.Count);
        Emit(new MarketEvent { Kind = EventKind.AccountOpened, Time = now, Account = id });
        return id;
    }

    /// <summary>Moves credits from outside the market into an account.</summary>
    /// <returns>The new balance, or a rejection (unknown or system account; amount not positive,
    /// over-precise or too large).</returns>
    public Outcome<Credits> Deposit(Instant now, AccountId account, decimal amount)
    {
        if (CheckTransfer(now, account, amount, out Credits credits) is Rejection bad)
        {
            return bad;
        }

        if (state.Accounts[account.Value].Balance > long.MaxValue / 2 - credits.Micro)
        {
            return Reject(now, RejectionCode.InvalidAmount, "amount", "The balance would exceed the largest amount an account can hold.", account: account);
        }

        Pay(now, AccountId.External, account, credits, PaymentKind.Deposit);
        ResumeAffordable(now, account.Value);
        return new Credits(state.Accounts[account.Value].Balance);
    }

    /// <summary>Moves credits out of the market. Only the available balance (not reserved for open
    /// leases) can leave.</summary>
    /// <returns>The new balance, or a rejection.</returns>
    public Outcome<Credits> Withdraw(Instant now, AccountId account, decimal amount)
    {
        if (CheckTransfer(now, account, amount, out Credits credits) is Rejection bad)
        {
            return bad;
        }

        if (state.Accounts[account.Value].Available < credits.Micro)
        {
            return Reject(now, RejectionCode.InsufficientFunds, "amount", "The available balance is " + new Credits(state.Accounts[account.Value].Available) + ".", account: account);
        }

        Pay(now, account, AccountId.External, credits, PaymentKind.Withdrawal);
        return new Credits(state.Accounts[account.Value].Balance);
    }

    /// <summary>Advances, then checks a deposit's or withdrawal's account and amount.</summary>
    private Rejection? CheckTransfer(Instant now, AccountId account, decimal amount, out Credits credits)
    {
        credits = Credits.Zero;
        Advance(now);
        if (CheckUserAccount(now, account, "account") is Rejection bad)
        {
            return bad;
        }

        if (!TryAmount(amount, out credits, out string? problem))
        {
            return Reject(now, RejectionCode.InvalidAmount, "amount", "The amount " + problem + ".", account: account);
        }

        return null;
    }

    private static bool TryAmount(decimal amount, out Credits credits, out string? problem)
    {
        if (!Credits.TryFromDecimal(amount, out credits, out problem))
        {
            return false;
        }

        if (credits.Micro <= 0)
        {
            problem = "must be positive";
            return false;
        }

        if (credits.Micro > Price.Max.MicroPerHour * 1000)
        {
            problem = "is too large";
            return false;
        }

        return true;
    }

    private Rejection? CheckUserAccount(Instant now, AccountId account, string field)
    {
        if (!state.Accounts.Contains(account.Value) || account.Value < 0)
        {
            return Reject(now, RejectionCode.UnknownAccount, field, "There is no account " + account + ".", account: account);
        }

        if (account.IsSystem)
        {
            return Reject(now, RejectionCode.SystemAccount, field, "Account " + account + " belongs to the market itself.", account: account);
        }

        return null;
    }

    private void Pay(Instant now, AccountId from, AccountId to, Credits amount, PaymentKind kind, long lease = 0, int job = 0, int client = 0)
    {
        Emit(new MarketEvent
        {
            Kind = EventKind.Paid,
            Time = now,
            Account = from,
            Counterparty = to,
            Amount = amount,
            Detail = (int)kind,
            Lease = new LeaseId(lease),
            Job = new JobId(job),
            Client = new ClientId(client),
        });
    }

    /// <summary>Resumes the paused jobs of an account that it can now pay for, in the order they were paused.</summary>
    private void ResumeAffordable(Instant now, int account)
    {
        // Called for both accounts of every check-in, and an account rarely has paused jobs: the
        // look at them (a frame with an event, cleared at each call) is a call of its own.
        if (state.Accounts[account].Paused is { Count: > 0 } paused)
        {
            ResumePaused(now, account, paused);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ResumePaused(Instant now, int account, List<int> paused)
    {
        resumeScratch.Clear();
        resumeScratch.AddRange(paused);
        foreach (int job in resumeScratch)
        {
            ref JobState j = ref state.Jobs[job];
            if (state.Accounts[account].Available >= DispatchCost(j.Price))
            {
                Emit(new MarketEvent { Kind = EventKind.JobResumed, Time = now, Job = new JobId(job), Account = new AccountId(account) });
            }
        }
    }
}
