using Market.Jobs;

namespace Market.Live.Server;

/// <summary>What the dispatcher keeps in memory about a job besides the engine's view: its program
/// (compiled on first use, to validate check-ins) and its latest committed state bytes (to lease out).</summary>
internal sealed class LiveJob
{
    private readonly Lazy<CompiledModule?> module;

    public LiveJob(int id, int owner, string source, string fileName, string moduleHash, CompiledModule? compiled = null)
    {
        Id = id;
        Owner = owner;
        Source = source;
        FileName = fileName;
        ModuleHash = moduleHash;
        module = compiled != null
            ? new Lazy<CompiledModule?>(compiled)
            : new Lazy<CompiledModule?>(() => JobCompiler.Compile(source, fileName).Module, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public int Id { get; }

    public int Owner { get; }

    public string Source { get; }

    public string FileName { get; }

    public string ModuleHash { get; }

    /// <summary>The compiled program (the source compiled when it was submitted, so it compiles again).</summary>
    public CompiledModule? Module => module.Value;

    /// <summary>The latest committed state (written by the writer only; null once the job has ended).</summary>
    public byte[]? LatestState { get; set; }

    /// <summary>Instructions executed in <see cref="LatestState"/>.</summary>
    public long LatestInstructions { get; set; }
}
