namespace Market.Engine;

/// <summary>Receives every event the engine emits, in order, after the engine has applied it.</summary>
/// <remarks>The simulator folds events into metrics; the live dispatcher writes them in the same
/// transaction as the state change. A sink must not call back into the engine.</remarks>
public interface IMarketEventSink
{
    /// <summary>One event.</summary>
    void On(in MarketEvent e);
}
