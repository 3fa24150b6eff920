using Market.Engine;

namespace Market.Reports;

/// <summary>An event sink that keeps the history of job leases, for reports. It passes every event
/// on to an inner sink, so it can sit in front of the simulator's or the dispatcher's own.</summary>
public sealed class DispatchHistory : IMarketEventSink
{
    private readonly IMarketEventSink inner;
    private readonly List<Dispatch> dispatches = new();
    private readonly Dictionary<long, int> byLease = new();

    /// <summary>Creates a history in front of <paramref name="inner"/> (or of nothing).</summary>
    public DispatchHistory(IMarketEventSink? inner = null) => this.inner = inner ?? NullEventSink.Instance;

    /// <summary>Every job lease so far, in grant order.</summary>
    public IReadOnlyList<Dispatch> Dispatches => dispatches;

    /// <inheritdoc/>
    public void On(in MarketEvent e)
    {
        switch (e.Kind)
        {
            case EventKind.LeaseGranted:
                byLease[e.Lease.Value] = dispatches.Count;
                dispatches.Add(new Dispatch(e.Lease, e.Job, e.Client, e.Time, e.Deadline, null, DispatchOutcome.Open, e.Price));
                break;
            case EventKind.CheckedIn when byLease.TryGetValue(e.Lease.Value, out int i):
                dispatches[i] = dispatches[i] with { CheckedIn = e.Time, Outcome = DispatchOutcome.Accepted };
                break;
            case EventKind.LeaseExpired when byLease.TryGetValue(e.Lease.Value, out int i):
                dispatches[i] = dispatches[i] with { Outcome = DispatchOutcome.Expired };
                break;
            case EventKind.Rejected when e.Detail == (int)RejectionCode.LateCheckIn && byLease.TryGetValue(e.Lease.Value, out int i):
                dispatches[i] = dispatches[i] with { Outcome = DispatchOutcome.Rejected };
                break;
        }

        inner.On(e);
    }
}
