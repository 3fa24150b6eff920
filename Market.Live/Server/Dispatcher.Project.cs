using System.Text;
using Market.Engine;
using Market.Live.Protocol;

namespace Market.Live.Server;

/// <content>Executing one engine command: log it, and turn its events into rows.</content>
internal sealed partial class Dispatcher
{
    private const string InsertLog = "INSERT INTO command_log (seq, time, command, events) VALUES (@p0, @p1, @p2, @p3)";
    private const string InsertAccount = "INSERT INTO accounts (id, name, created_at) VALUES (@p0, @p1, @p2)";
    private const string InsertKey = "INSERT INTO api_keys (account_id, key_hash, created_at, revoked) VALUES (@p0, @p1, @p2, @p3)";
    private const string InsertClient = "INSERT INTO clients (id, account_id, name, token_hash, registered_at, revoked) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)";
    private const string InsertJob = "INSERT INTO jobs (id, account_id, name, source, file_name, entry, args_json, module_hash, price_micro, status, version, instructions, slices, rollbacks, submitted_at, charged_micro) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, 0, 0, 0, 0, @p10, 0)";
    private const string InsertState = "INSERT INTO job_states (job_id, version, state, digest, size, client_id, lease_id, checked_out, checked_in, outcome) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)";
    private const string InsertLease = "INSERT INTO leases (id, kind, job_id, client_id, granted_at, deadline, base_version, price_micro, outcome, work) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, 'open', 0)";
    private const string CloseLease = "UPDATE leases SET outcome = @p1, checked_in_at = @p2, work = @p3 WHERE id = @p0";
    private const string InsertSpeed = "INSERT INTO speed_measurements (client_id, lease_id, measured_at, elapsed_ticks, speed) VALUES (@p0, @p1, @p2, @p3, @p4)";
    private const string InsertLedger = "INSERT INTO ledger (time, debit_account, credit_account, amount_micro, kind, lease_id, job_id, client_id) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)";
    private const string UpdateJob = "UPDATE jobs SET status = @p1, price_micro = @p2, version = @p3, rollbacks = @p4 WHERE id = @p0";
    private const string UpdateJobAtCheckIn = "UPDATE jobs SET status = @p1, price_micro = @p2, version = @p3, rollbacks = @p4, instructions = @p5, slices = slices + 1, last_checkpoint_at = @p6, charged_micro = charged_micro + @p7, result = @p8, output = @p9, error = @p10 WHERE id = @p0";
    private const string UpdateClientSpeed = "UPDATE clients SET speed = @p1, last_test_at = @p2 WHERE id = @p0";

    private readonly CollectingSink sink;
    private readonly StringBuilder eventText = new();
    private readonly HashSet<int> touchedJobs = new();
    private (int Job, long Instructions, long Time, long Charged, CheckedInState State)? checkpoint;
    private long nextSeq = 1;

    // Data that goes with the command being executed (set by the caller of Execute, cleared after).
    private string pendingName = "";
    private string? pendingSecretHash;
    private PendingSubmit? pendingSubmit;
    private CheckedInState? pendingCheckIn;

    /// <summary>Executes one command on the engine, logs it with its events, and stages its rows.</summary>
    private CommandResult Execute(MarketCommand command)
    {
        var (result, events) = ExecuteOnEngine(command);
        foreach (var e in sink.Events)
        {
            Project(e);
        }
        ops.Add(new SqlOp(InsertLog, [nextSeq++, command.Time.Ticks, CommandText.Format(command), events]));
        // Jobs rows follow the engine's view of each job the command touched (one statement each).
        foreach (int j in touchedJobs)
        {
            if (Engine.GetJob(new JobId(j)) is not { } job)
            {
                continue;
            }
            if (checkpoint is { } c && c.Job == j)
            {
                ops.Add(new SqlOp(UpdateJobAtCheckIn, [(long)j, StatusName(job.Status), job.Price.MicroPerHour, job.Version, job.Rollbacks,
                    c.Instructions, c.Time, c.Charged, c.State.Result, c.State.Output, c.State.Error]));
            }
            else
            {
                ops.Add(new SqlOp(UpdateJob, [(long)j, StatusName(job.Status), job.Price.MicroPerHour, job.Version, job.Rollbacks]));
            }
        }
        touchedJobs.Clear();
        checkpoint = null;
        pendingName = "";
        pendingSecretHash = null;
        pendingSubmit = null;
        pendingCheckIn = null;
        return result;
    }

    /// <summary>Runs one command on the engine; its events stay in the sink and come back as the
    /// command log stores them (one per line). Writing and restoring both use this, so a restore
    /// compares exactly what was written.</summary>
    private (CommandResult Result, string Events) ExecuteOnEngine(MarketCommand command)
    {
        sink.Events.Clear();
        var result = Engine.Execute(command);
        eventText.Clear();
        foreach (var e in sink.Events)
        {
            if (eventText.Length > 0)
            {
                eventText.Append('\n');
            }
            eventText.Append(e.ToString());
        }
        return (result, eventText.ToString());
    }

    /// <summary>Takes the client's request out of the pool, if it is there (logged like any command).</summary>
    private void WithdrawIfPooled(ClientId client)
    {
        if (Engine.GetClient(client) is { Pooled: true })
        {
            Execute(new WithdrawRequestCommand(Now(), client));
        }
    }

    private void Project(in MarketEvent e)
    {
        long t = e.Time.Ticks;
        switch (e.Kind)
        {
            case EventKind.AccountOpened:
                ops.Add(new SqlOp(InsertAccount, [(long)e.Account.Value, pendingName, t]));
                if (pendingSecretHash != null)
                {
                    ops.Add(new SqlOp(InsertKey, [(long)e.Account.Value, pendingSecretHash, t, false]));
                }
                break;
            case EventKind.ClientRegistered:
                ops.Add(new SqlOp(InsertClient, [(long)e.Client.Value, (long)e.Account.Value, pendingName, pendingSecretHash ?? "", t, false]));
                break;
            case EventKind.JobSubmitted:
                OnSubmitted(e);
                break;
            case EventKind.PriceChanged:
            case EventKind.JobPaused:
            case EventKind.JobResumed:
            case EventKind.JobCompleted:
            case EventKind.JobFailed:
                touchedJobs.Add(e.Job.Value);
                break;
            case EventKind.TestIssued:
                ops.Add(new SqlOp(InsertLease, [e.Lease.Value, "test", null, (long)e.Client.Value, t, e.Deadline.Ticks, 0L, 0L]));
                leases[e.Lease.Value] = new LiveLease(e.Lease.Value, e.Client.Value, null, 0, e.Time, e.Deadline);
                Deliver(e.Client.Value, new RequestWorkReply { Test = new TestLease { LeaseId = e.Lease.Value, Source = Market.Jobs.SpeedTest.Source, Instructions = Market.Jobs.SpeedTest.InstructionCount, DeadlineUnixMs = UnixMs(e.Deadline) } });
                break;
            case EventKind.SpeedMeasured:
                ops.Add(new SqlOp(InsertSpeed, [(long)e.Client.Value, e.Lease.Value, t, e.Length.Ticks, e.Speed]));
                ops.Add(new SqlOp(CloseLease, [e.Lease.Value, "measured", t, 0L]));
                leases.TryRemove(e.Lease.Value, out _);
                if (Engine.GetClient(e.Client) is { } measured)
                {
                    ops.Add(new SqlOp(UpdateClientSpeed, [(long)e.Client.Value, measured.Speed, measured.LastTest?.Ticks]));
                }
                break;
            case EventKind.LeaseGranted:
                OnGranted(e);
                break;
            case EventKind.CheckedIn:
                OnCheckedIn(e);
                break;
            case EventKind.LeaseExpired:
                ops.Add(new SqlOp(CloseLease, [e.Lease.Value, "expired", null, 0L]));
                leases.TryRemove(e.Lease.Value, out _);
                if (e.Job.Value != 0)
                {
                    touchedJobs.Add(e.Job.Value);
                }
                break;
            case EventKind.Paid:
                ops.Add(new SqlOp(InsertLedger, [t, (long)e.Account.Value, (long)e.Counterparty.Value, e.Amount.Micro, ((PaymentKind)e.Detail).ToString().ToLowerInvariant(),
                    e.Lease.Value == 0 ? null : e.Lease.Value, e.Job.Value == 0 ? null : (long)e.Job.Value, e.Client.Value == 0 ? null : (long)e.Client.Value]));
                break;
        }
    }

    private void OnSubmitted(in MarketEvent e)
    {
        var s = pendingSubmit ?? throw new InvalidOperationException("A job was submitted without its source.");
        ops.Add(new SqlOp(InsertJob, [(long)e.Job.Value, (long)e.Account.Value, e.Text ?? "", s.Source, s.FileName, s.Entry, s.ArgsJson, s.ModuleHash, e.Price.MicroPerHour, "queued", e.Time.Ticks]));
        ops.Add(new SqlOp(InsertState, [(long)e.Job.Value, 0L, s.State, s.Digest, (long)s.State.Length, null, null, null, null, "submitted"]));
        jobs[e.Job.Value] = new LiveJob(e.Job.Value, e.Account.Value, s.Source, s.FileName, s.ModuleHash, s.Module) { LatestState = s.State, LatestInstructions = 0 };
        touchedJobs.Add(e.Job.Value);
    }

    private void OnGranted(in MarketEvent e)
    {
        var job = jobs[e.Job.Value];
        ops.Add(new SqlOp(InsertLease, [e.Lease.Value, "job", (long)e.Job.Value, (long)e.Client.Value, e.Time.Ticks, e.Deadline.Ticks, e.Number, e.Price.MicroPerHour]));
        leases[e.Lease.Value] = new LiveLease(e.Lease.Value, e.Client.Value, e.Job.Value, job.LatestInstructions, e.Time, e.Deadline);
        touchedJobs.Add(e.Job.Value);
        Deliver(e.Client.Value, new RequestWorkReply
        {
            Lease = new JobLease
            {
                LeaseId = e.Lease.Value,
                JobId = e.Job.Value,
                ModuleHash = job.ModuleHash,
                Source = job.Source,
                FileName = job.FileName,
                State = Google.Protobuf.ByteString.CopyFrom(job.LatestState ?? []),
                GrantedMs = (long)e.Length.TotalMilliseconds,
                DeadlineUnixMs = UnixMs(e.Deadline),
                Price = e.Price.ToString(),
                InstructionsPerWorkUnit = Options.InstructionsPerWorkUnit,
            },
        });
    }

    private void OnCheckedIn(in MarketEvent e)
    {
        var s = pendingCheckIn ?? throw new InvalidOperationException("A check-in without its state.");
        leases.TryRemove(e.Lease.Value, out var lease);
        string outcome = ((CheckInKind)e.Detail).ToString().ToLowerInvariant();
        ops.Add(new SqlOp(CloseLease, [e.Lease.Value, outcome, e.Time.Ticks, e.Work]));
        ops.Add(new SqlOp(InsertState, [(long)e.Job.Value, e.Number, s.Bytes, s.Digest, (long)s.Bytes.Length, (long)e.Client.Value, e.Lease.Value, lease?.Granted.Ticks, e.Time.Ticks, outcome]));
        checkpoint = (e.Job.Value, s.Instructions, e.Time.Ticks, e.Amount.Micro, s);
        var job = jobs[e.Job.Value];
        bool ended = (CheckInKind)e.Detail != CheckInKind.Progress;
        job.LatestState = ended ? null : s.Bytes;
        job.LatestInstructions = s.Instructions;
        touchedJobs.Add(e.Job.Value);
    }

    public static string StatusName(Market.Engine.JobStatus status) => status.ToString().ToLowerInvariant();

    public static long UnixMs(Instant t) => (t.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;
}
