using System.Threading.Channels;
using Market.Engine;
using Microsoft.Extensions.Logging;

namespace Market.Live.Server;

/// <summary>The single writer: every engine command runs here, one at a time, and is committed to
/// the database (with everything it changed) before its caller is answered.</summary>
/// <remarks>
/// <para>Callers enqueue work; the writer takes everything queued (up to <see cref="DispatcherOptions.MaxBatch"/>),
/// runs it against the engine, commits all of it in one transaction (group commit), and only then
/// completes the callers' tasks. Durable throughput comes from batching, not from more threads.</para>
/// <para>If a commit fails, the in-memory engine is ahead of the database: the dispatcher stops
/// (fail-stop) and a restart rebuilds the engine from the committed command log.</para>
/// </remarks>
internal sealed partial class Dispatcher : IAsyncDisposable
{
    private readonly Channel<WorkItem> queue = Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Store store;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    // An executed batch waits here while the previous one commits: execution runs one batch ahead
    // of the disk (the fsync overlaps the next batch's execution), and requests arriving meanwhile
    // gather in the queue, so batches grow with the load.
    private readonly Channel<Batch> commits = Channel.CreateBounded<Batch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
    private List<SqlOp> ops = new();
    private List<Action> afterCommit = new();
    private Task? loop;
    private Task? committer;
    private volatile string? failure;

    public Dispatcher(Store store, MarketOptions market, DispatcherOptions options, TimeProvider clock, ILogger logger)
    {
        this.store = store;
        this.clock = clock;
        this.logger = logger;
        Options = options;
        sink = new CollectingSink();
        Engine = new MarketEngine(market, sink);
    }

    public DispatcherOptions Options { get; }

    /// <summary>The engine: touched only by the writer (and by the restore before the writer starts).</summary>
    private MarketEngine Engine { get; set; }

    /// <summary>What the writer has done: batches, requests, statements, time executing and committing.</summary>
    public WriterStats Stats { get; } = new();

    /// <summary>Why the dispatcher stopped, if it did.</summary>
    public string? Failure => failure;

    /// <summary>Raised (once) when a commit fails and the dispatcher stops.</summary>
    public event Action<string>? Failed;

    public void Start()
    {
        committer = Task.Factory.StartNew(CommitLoop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        loop = Task.Run(RunLoop);
        _ = WithdrawOrphanedRequests();
    }

    /// <summary>Runs <paramref name="action"/> on the writer; the task completes after its commit.</summary>
    public Task<T> Run<T>(Func<T> action)
    {
        if (failure != null)
        {
            throw new ServiceException(Grpc.Core.StatusCode.Unavailable, "The dispatcher has stopped: " + failure);
        }
        var item = new WorkItem<T>(action);
        if (!queue.Writer.TryWrite(item))
        {
            throw new ServiceException(Grpc.Core.StatusCode.Unavailable, "The dispatcher is shutting down.");
        }
        return item.Task;
    }

    private async Task RunLoop()
    {
        var reader = queue.Reader;
        while (failure == null && await reader.WaitToReadAsync().ConfigureAwait(false)
            && await commits.Writer.WaitToWriteAsync().ConfigureAwait(false))
        {
            var batch = new Batch();
            while (batch.Items.Count < Options.MaxBatch && reader.TryRead(out var item))
            {
                batch.Items.Add(item);
            }
            ops = batch.Ops;
            afterCommit = batch.After;
            long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                foreach (var item in batch.Items)
                {
                    item.Execute();
                }
            }
            catch (Exception e)
            {
                // A bug, not a refusal: the engine may be half-way through a command. Stop.
                Fail(batch, "a request could not be executed: " + e.Message, e);
                break;
            }
            batch.ExecuteTicks = System.Diagnostics.Stopwatch.GetTimestamp() - t0;
            try
            {
                await commits.Writer.WriteAsync(batch).ConfigureAwait(false);
            }
            catch (ChannelClosedException)
            {
                Fail(batch, failure ?? "the committer stopped", null);
                break;
            }
        }
        commits.Writer.TryComplete();
        if (committer != null)
        {
            await committer.ConfigureAwait(false);
        }
        // Whatever is still queued is answered: the dispatcher is not taking work any more.
        while (reader.TryRead(out var left))
        {
            left.Fail(new ServiceException(Grpc.Core.StatusCode.Unavailable, "The dispatcher has stopped: " + (failure ?? "shutting down")));
        }
        FailWaiters();
    }

    /// <summary>Commits executed batches in order; answers their callers only after the commit.</summary>
    private void CommitLoop()
    {
        var reader = commits.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var batch))
            {
                if (failure != null)
                {
                    Fail(batch, failure, null);
                    continue;
                }
                long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
                try
                {
                    store.Commit(batch.Ops);
                }
                catch (Exception e)
                {
                    Fail(batch, "a commit failed: " + e.Message, e);
                    commits.Writer.TryComplete();
                    continue;
                }
                Stats.Record(batch.Items.Count, batch.Ops.Count, batch.ExecuteTicks, System.Diagnostics.Stopwatch.GetTimestamp() - t0);
                // The in-memory maps (keys, tokens, waiters) first, so an answered caller finds them.
                foreach (var a in batch.After)
                {
                    a();
                }
                foreach (var item in batch.Items)
                {
                    item.Complete();
                }
            }
        }
    }

    private void Fail(Batch batch, string why, Exception? e)
    {
        if (failure == null)
        {
            Stop(why);
            logger.LogCritical(e, "The dispatcher stops ({Why}). A restart restores the committed state.", why);
        }
        foreach (var item in batch.Items)
        {
            item.Fail(new ServiceException(Grpc.Core.StatusCode.Unavailable, "The dispatcher could not store this and has stopped."));
        }
    }

    private void Stop(string why)
    {
        failure = why;
        queue.Writer.TryComplete();
        Failed?.Invoke(why);
    }

    /// <summary>The engine's time for a command now: the wall clock, never before the engine's last time.</summary>
    private Instant Now()
    {
        var t = new Instant(clock.GetUtcNow().UtcDateTime.Ticks);
        return t < Engine.Now ? Engine.Now : t;
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        if (loop != null)
        {
            await loop.ConfigureAwait(false);
        }
        logger.LogInformation("Writer: {Stats}", Stats);
        store.Dispose();
    }

    /// <summary>Requests executed together and committed in one transaction.</summary>
    private sealed class Batch
    {
        public List<WorkItem> Items { get; } = new();

        public List<SqlOp> Ops { get; } = new();

        public List<Action> After { get; } = new();

        public long ExecuteTicks { get; set; }
    }

    private abstract class WorkItem
    {
        public abstract void Execute();

        public abstract void Complete();

        public abstract void Fail(Exception e);
    }

    private sealed class WorkItem<T>(Func<T> action) : WorkItem
    {
        private readonly TaskCompletionSource<T> done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? result;
        private Exception? error;

        public Task<T> Task => done.Task;

        public override void Execute()
        {
            try
            {
                result = action();
            }
            catch (ServiceException e)
            {
                error = e;
            }
        }

        public override void Complete()
        {
            if (error != null)
            {
                done.TrySetException(error);
            }
            else
            {
                done.TrySetResult(result!);
            }
        }

        public override void Fail(Exception e) => done.TrySetException(e);
    }
}
