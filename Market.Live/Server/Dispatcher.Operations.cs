using System.Collections.Concurrent;
using Grpc.Core;
using Market.Engine;
using Market.Jobs;
using Market.Live.Protocol;

namespace Market.Live.Server;

/// <content>What the service asks of the dispatcher. Validation that needs no engine state runs on
/// the caller's thread; the engine command runs on the writer.</content>
internal sealed partial class Dispatcher
{
    private readonly ConcurrentDictionary<string, int> accountsByKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> clientsByToken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, int> clientOwners = new();
    private readonly ConcurrentDictionary<int, LiveJob> jobs = new();
    private readonly ConcurrentDictionary<long, LiveLease> leases = new();
    private readonly Dictionary<int, Waiter> waiting = new();

    /// <summary>The account an API key belongs to.</summary>
    public int? AccountByKey(string secret) => accountsByKey.TryGetValue(Secrets.Hash(secret), out int a) ? a : null;

    /// <summary>The client a token belongs to.</summary>
    public int? ClientByToken(string secret) => clientsByToken.TryGetValue(Secrets.Hash(secret), out int c) ? c : null;

    /// <summary>The jobs known to the dispatcher (for owner checks).</summary>
    public LiveJob? FindJob(long id) => id is > 0 and <= int.MaxValue && jobs.TryGetValue((int)id, out var j) ? j : null;

    public Task<(int Id, string Key, decimal Balance)> CreateAccount(string name)
    {
        string key = Secrets.New("mk_");
        string hash = Secrets.Hash(key);
        return Run(() =>
        {
            var now = Now();
            pendingName = name;
            pendingSecretHash = hash;
            var opened = Execute(new OpenAccountCommand(now));
            int id = (int)opened.Id;
            if (Options.InitialCredits > 0)
            {
                Require(Execute(new DepositCommand(now, new AccountId(id), Options.InitialCredits)));
            }
            afterCommit.Add(() => accountsByKey[hash] = id);
            return (id, key, Engine.GetAccount(new AccountId(id))!.Value.Balance.ToDecimal());
        });
    }

    public Task<(int Id, string Token)> RegisterClient(int account, string name)
    {
        string token = Secrets.New("mc_");
        string hash = Secrets.Hash(token);
        return Run(() =>
        {
            pendingName = name;
            pendingSecretHash = hash;
            int id = (int)Require(Execute(new RegisterClientCommand(Now(), new AccountId(account)))).Id;
            afterCommit.Add(() =>
            {
                clientsByToken[hash] = id;
                clientOwners[id] = account;
            });
            return (id, token);
        });
    }

    public Task<int> SubmitJob(int account, string name, decimal price, PendingSubmit submit)
    {
        var digest = StateDigest.FromBytes(Convert.FromHexString(submit.Digest));
        return Run(() =>
        {
            pendingSubmit = submit;
            var r = Execute(new SubmitJobCommand(Now(), new AccountId(account), name, price, new StateVersion(digest, submit.State.Length)));
            return (int)Require(r).Id;
        });
    }

    public Task<bool> ChangePrice(int account, long job, decimal price)
    {
        OwnJob(account, job);
        return Run(() =>
        {
            Require(Execute(new ChangePriceCommand(Now(), new AccountId(account), new JobId((int)job), price)));
            return true;
        });
    }

    public Task<AccountInfo> GetAccount(int account)
        => Run(() => Engine.GetAccount(new AccountId(account)) ?? throw new ServiceException(StatusCode.NotFound, $"account {account} does not exist"));

    /// <summary>Throws NotFound unless <paramref name="account"/> owns the job (another owner's job
    /// is reported as not existing, so ids reveal nothing).</summary>
    public LiveJob OwnJob(int account, long job)
    {
        var j = FindJob(job);
        if (j == null || j.Owner != account)
        {
            throw new ServiceException(StatusCode.NotFound, $"job {job} not found among your jobs");
        }
        return j;
    }

    /// <summary>Asks for work; waits in the pool up to <see cref="DispatcherOptions.RequestTimeout"/>.</summary>
    public async Task<RequestWorkReply> RequestWork(int client, TimeSpan length, CancellationToken cancel)
    {
        var waiter = await Run(() =>
        {
            if (waiting.Remove(client, out var old))
            {
                // A client asks again while an earlier call still waits (it gave up on it): that call ends.
                afterCommit.Add(() => old.Tcs.TrySetResult(RetryReply("superseded by a newer request")));
            }
            // Its earlier request may still be in the pool (a call it gave up on, or one from before a restart).
            WithdrawIfPooled(new ClientId(client));
            var w = new Waiter();
            waiting[client] = w;
            var r = Execute(new RequestWorkCommand(Now(), new ClientId(client), length));
            if (!r.Accepted)
            {
                waiting.Remove(client);
                var rejection = r.Rejection!.Value;
                if (rejection.Code == RejectionCode.ClientBusy && Engine.OpenLeaseOf(new ClientId(client)) is { } open && Engine.GetLease(open) is { } lease)
                {
                    w.Tcs.TrySetResult(RetryReply($"this client still holds lease {open.Value} until {lease.Deadline}; check it in or let it expire", lease.Deadline));
                }
                else
                {
                    throw Refusal(rejection);
                }
            }
            return w;
        }).ConfigureAwait(false);

        var done = waiter.Tcs.Task;
        if (!done.IsCompleted)
        {
            await Task.WhenAny(done, Task.Delay(Options.RequestTimeout, clock, cancel)).ConfigureAwait(false);
        }
        if (!done.IsCompleted)
        {
            try
            {
                await Run(() =>
                {
                    if (waiting.TryGetValue(client, out var w) && ReferenceEquals(w, waiter))
                    {
                        waiting.Remove(client);
                        WithdrawIfPooled(new ClientId(client));
                        afterCommit.Add(() => waiter.Tcs.TrySetResult(RetryReply("no job matched in time")));
                    }
                    return true;
                }).ConfigureAwait(false);
            }
            catch (ServiceException)
            {
                waiter.Tcs.TrySetResult(RetryReply("the dispatcher is stopping"));
            }
        }
        return await done.ConfigureAwait(false);
    }

    /// <summary>Validates a checked-in state against its lease and job, then commits it.</summary>
    public Task<CheckInReply> CheckIn(int client, long leaseId, byte[] bytes, string digest)
    {
        var lease = OpenLease(client, leaseId);
        if (lease.Job is not int jobId)
        {
            throw new ServiceException(StatusCode.InvalidArgument, $"lease {leaseId} is a speed test: report it with ReportSpeedTest");
        }
        if (bytes.LongLength > Options.MaxStateBytes)
        {
            throw new ServiceException(StatusCode.ResourceExhausted, $"the state is {bytes.LongLength} bytes, more than the limit of {Options.MaxStateBytes}");
        }
        string actual = StateSerializer.Digest(bytes);
        if (!string.Equals(actual, digest, StringComparison.Ordinal))
        {
            throw new ServiceException(StatusCode.InvalidArgument, $"state_digest does not match the state: the bytes hash to {actual}");
        }
        var job = jobs[jobId];
        var module = job.Module ?? throw new ServiceException(StatusCode.Internal, $"job {jobId}'s source no longer compiles");
        var read = StateSerializer.Deserialize(bytes, module);
        if (read.State is not { } state)
        {
            throw new ServiceException(StatusCode.InvalidArgument, "the state is not a valid state of this job: " + read.Error);
        }
        if (state.Instructions < lease.BaseInstructions)
        {
            throw new ServiceException(StatusCode.InvalidArgument, $"the state has executed {state.Instructions} instructions, fewer than the {lease.BaseInstructions} of the state leased out");
        }
        var checkedIn = new CheckedInState(bytes, digest, state.Instructions,
            Storable(state.ResultRepr), state.Status == Market.Jobs.JobStatus.Running ? null : Storable(state.Output),
            Storable(state.Error?.Traceback));
        var kind = state.Status switch
        {
            Market.Jobs.JobStatus.Completed => CheckInKind.Completed,
            Market.Jobs.JobStatus.Failed => CheckInKind.Failed,
            _ => CheckInKind.Progress,
        };
        long work = (state.Instructions - lease.BaseInstructions) / Options.InstructionsPerWorkUnit;
        var version = new StateVersion(StateDigest.FromBytes(Convert.FromHexString(digest)), bytes.LongLength);
        return Run(() =>
        {
            pendingCheckIn = checkedIn;
            var r = Execute(new CheckInCommand(Now(), new ClientId(client), new LeaseId(leaseId), kind, version, work));
            Require(r);
            var reply = new CheckInReply();
            foreach (var e in sink.Events)
            {
                if (e.Kind == EventKind.CheckedIn)
                {
                    reply.Version = e.Number;
                }
                else if (e.Kind == EventKind.Paid && (PaymentKind)e.Detail == PaymentKind.LeaseCharge)
                {
                    reply.Paid = e.Amount.ToString();
                }
            }
            reply.JobStatus = StatusName(Engine.GetJob(new JobId(jobId))!.Value.Status);
            if (reply.Paid.Length == 0)
            {
                reply.Paid = "0";
            }
            return reply;
        });
    }

    public Task<double> ReportSpeedTest(int client, long leaseId, TimeSpan elapsed, string result)
    {
        var lease = OpenLease(client, leaseId);
        if (lease.Job != null)
        {
            throw new ServiceException(StatusCode.InvalidArgument, $"lease {leaseId} is a job lease: check it in with CheckIn");
        }
        if (result != SpeedTest.Result.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new ServiceException(StatusCode.InvalidArgument, $"the speed test's result '{result}' is wrong; the test program returns {SpeedTest.Result}");
        }
        return Run(() =>
        {
            Require(Execute(new ReportSpeedTestCommand(Now(), new ClientId(client), new LeaseId(leaseId), elapsed)));
            return Engine.GetClient(new ClientId(client))?.Speed ?? 0;
        });
    }

    /// <summary>Gives the engine the time if something is due (a window end or a lease expiry).</summary>
    public Task<bool> Tick() => Run(() =>
    {
        var now = Now();
        if (Engine.NextDue is { } due && due <= now)
        {
            Execute(new AdvanceCommand(now));
            return true;
        }
        return false;
    });

    /// <summary>Text the store can hold on every provider: PostgreSQL refuses NUL in text columns,
    /// so a NUL a job printed is kept as U+FFFD.</summary>
    private static string? Storable(string? text) => text?.Replace('\0', '\uFFFD');

    /// <summary>The open lease a client returns: Unavailable once the dispatcher has stopped, NotFound
    /// for an unknown or closed lease, PermissionDenied for another client's.</summary>
    private LiveLease OpenLease(int client, long leaseId)
    {
        if (failure != null)
        {
            throw new ServiceException(StatusCode.Unavailable, "The dispatcher has stopped: " + failure);
        }
        if (!leases.TryGetValue(leaseId, out var lease))
        {
            throw new ServiceException(StatusCode.NotFound, $"lease {leaseId} is unknown or no longer open (expired, or already checked in)");
        }
        if (lease.Client != client)
        {
            throw new ServiceException(StatusCode.PermissionDenied, $"lease {leaseId} belongs to another client");
        }
        return lease;
    }

    /// <summary>After a restart nobody waits for the requests the log left in the pool: take them
    /// out (logged like any command), so no job is granted to a client that will never hear of it.</summary>
    public Task<int> WithdrawOrphanedRequests() => Run(() =>
    {
        int n = 0;
        foreach (var c in Engine.Clients())
        {
            if (c.Pooled && !waiting.ContainsKey(c.Id.Value))
            {
                Execute(new WithdrawRequestCommand(Now(), c.Id));
                n++;
            }
        }
        return n;
    });

    private void Deliver(int client, RequestWorkReply reply)
    {
        if (waiting.Remove(client, out var w))
        {
            afterCommit.Add(() => w.Tcs.TrySetResult(reply));
        }
    }

    private void FailWaiters()
    {
        foreach (var w in waiting.Values)
        {
            w.Tcs.TrySetResult(RetryReply("the dispatcher is stopping"));
        }
        waiting.Clear();
    }

    private RequestWorkReply RetryReply(string reason, Instant? until = null)
    {
        long after = (long)Options.RetryAfter.TotalMilliseconds;
        if (until is { } u)
        {
            after = Math.Max(after, (long)(u.ToUtc() - clock.GetUtcNow().UtcDateTime).TotalMilliseconds + 1);
        }
        return new RequestWorkReply { Retry = new Retry { AfterMs = after, Reason = reason } };
    }

    private static CommandResult Require(CommandResult r) => r.Accepted ? r : throw Refusal(r.Rejection!.Value);

    /// <summary>The status a refused engine command gets.</summary>
    private static ServiceException Refusal(Rejection r)
    {
        var code = r.Code switch
        {
            RejectionCode.UnknownAccount or RejectionCode.UnknownClient or RejectionCode.UnknownJob or RejectionCode.UnknownLease => StatusCode.NotFound,
            RejectionCode.NotOwner or RejectionCode.SystemAccount => StatusCode.PermissionDenied,
            RejectionCode.LateCheckIn or RejectionCode.InsufficientFunds or RejectionCode.ClientBusy or RejectionCode.AlreadyPooled
                or RejectionCode.NotPooled or RejectionCode.JobEnded => StatusCode.FailedPrecondition,
            _ => StatusCode.InvalidArgument,
        };
        return new ServiceException(code, r.Field + ": " + r.Message);
    }

    private sealed class Waiter
    {
        public TaskCompletionSource<RequestWorkReply> Tcs { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
