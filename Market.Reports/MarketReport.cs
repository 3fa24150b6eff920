using Market.Engine;

namespace Market.Reports;

/// <summary>The market as one reader may see it: what the XML report holds.</summary>
/// <param name="Generated">When it was made.</param>
/// <param name="Source">Live or simulated market.</param>
/// <param name="Reader">The account it was made for; null for a reader who owns nothing.</param>
/// <param name="Market">The market's parameters.</param>
/// <param name="PolicyName">The matching policy's name.</param>
/// <param name="Clients">Every client, in id order.</param>
/// <param name="Jobs">Every job, in id order.</param>
/// <param name="Dispatches">Every job lease, in grant order.</param>
public sealed record MarketReport(
    Instant Generated,
    ReportSource Source,
    AccountId? Reader,
    MarketOptions Market,
    string PolicyName,
    IReadOnlyList<ReportClient> Clients,
    IReadOnlyList<ReportJob> Jobs,
    IReadOnlyList<Dispatch> Dispatches);
