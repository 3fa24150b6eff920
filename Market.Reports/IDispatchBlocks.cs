namespace Market.Reports;

/// <summary>A list of dispatches that can also be read as values, a block at a time. A report's
/// <see cref="MarketReport.Dispatches"/> may implement it; <see cref="ReportWriter"/> then reads the
/// blocks, and a run's millions of dispatches need no object each.</summary>
/// <remarks>The blocks hold the same dispatches, in the same order, as enumerating the list.</remarks>
public interface IDispatchBlocks : IReadOnlyList<Dispatch>
{
    /// <summary>Every dispatch in grant order, block by block; a block is valid until the next is
    /// asked for (it may be the same memory, refilled).</summary>
    IEnumerable<ReadOnlyMemory<DispatchValue>> Blocks();
}
