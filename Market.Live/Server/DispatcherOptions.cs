namespace Market.Live.Server;

/// <summary>The dispatcher's own settings (configuration section <c>Dispatcher</c>); the market's
/// rules are in section <c>Market</c> (<see cref="Market.Engine.MarketOptions"/>).</summary>
public sealed class DispatcherOptions
{
    /// <summary>The address the dispatcher listens on (loopback by default; 0.0.0.0 for a network).</summary>
    public string Listen { get; set; } = "127.0.0.1";

    /// <summary>The plain-HTTP/2 port of the gRPC service (what workers and the CLI talk to).</summary>
    public int GrpcPort { get; set; } = 5080;

    /// <summary>The HTTP/1.1 port for people (the web interface); 0 to serve none.</summary>
    public int WebPort { get; set; } = 5081;

    /// <summary>How long a RequestWork call waits in the pool before it is answered with "retry".</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>When a client told to retry should ask again.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The largest state a client may check in.</summary>
    public long MaxStateBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>The largest job source accepted.</summary>
    public int MaxSourceChars { get; set; } = 1024 * 1024;

    /// <summary>Job-VM instructions per work unit: speeds and work are counted in these units.</summary>
    public long InstructionsPerWorkUnit { get; set; } = 1000;

    /// <summary>Whether anyone who reaches the gRPC port may open an account (CreateAccount, the
    /// <c>account create</c> command). When false, accounts are opened only through the web
    /// interface, after the email address is confirmed.</summary>
    public bool OpenRegistration { get; set; } = true;

    /// <summary>Credits a new account starts with (a community grant; deposited from outside the market).</summary>
    public decimal InitialCredits { get; set; } = 100m;

    /// <summary>How often the clock loop gives the engine the time (window ends, lease expiries).</summary>
    public TimeSpan ClockTick { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>The most requests the writer commits in one transaction.</summary>
    public int MaxBatch { get; set; } = 1024;
}
