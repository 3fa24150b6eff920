using Microsoft.Extensions.Hosting;

namespace Market.Live.Server;

/// <summary>The one place that feeds wall-clock time to the engine: window ends and lease expiries
/// happen on these ticks (and on every command, which carries its own time).</summary>
internal sealed class ClockLoop(Dispatcher dispatcher, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(dispatcher.Options.ClockTick, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (dispatcher.Failure != null)
                {
                    return;
                }
                await dispatcher.Tick();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ServiceException)
        {
            // The dispatcher stopped; the host is stopping with it.
        }
    }
}
