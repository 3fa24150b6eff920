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
    private readonly List<SqlOp> ops = new();
    private readonly List<Action> afterCommit = new();
    private readonly List<WorkItem> batch = new();
    private Task? loop;
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

    /// <summary>Why the dispatcher stopped, if it did.</summary>
    public string? Failure => failure;

    /// <summary>Raised (once) when a commit fails and the dispatcher stops.</summary>
    public event Action<string>? Failed;

    public void Start() => loop = Task.Run(RunLoop);

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
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < Options.MaxBatch && reader.TryRead(out var item))
            {
                batch.Add(item);
            }
            try
            {
                foreach (var item in batch)
                {
                    item.Execute();
                }
                store.Commit(ops);
            }
            catch (Exception e)
            {
                Stop("a batch failed: " + e.Message);
                logger.LogCritical(e, "A batch could not be executed or committed; the dispatcher stops. A restart restores the committed state.");
                foreach (var item in batch)
                {
                    item.Fail(new ServiceException(Grpc.Core.StatusCode.Unavailable, "The dispatcher could not store this and has stopped."));
                }
                break;
            }
            finally
            {
                ops.Clear();
            }
            foreach (var item in batch)
            {
                item.Complete();
            }
            foreach (var a in afterCommit)
            {
                a();
            }
            afterCommit.Clear();
        }
        // Whatever is still queued is answered: the dispatcher is not taking work any more.
        while (reader.TryRead(out var left))
        {
            left.Fail(new ServiceException(Grpc.Core.StatusCode.Unavailable, "The dispatcher has stopped: " + (failure ?? "shutting down")));
        }
        FailWaiters();
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
        store.Dispose();
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
