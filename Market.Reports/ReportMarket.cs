using System.Globalization;
using System.Xml;
using System.Xml.XPath;
using Market.Engine;

namespace Market.Reports;

/// <summary>What the price optimizer needs of a report, read with XPath from a validated report.</summary>
/// <param name="ClientSpeeds">Every client's speed.</param>
/// <param name="Jobs">Every job's id, price and status.</param>
public sealed record ReportMarket(IReadOnlyList<double> ClientSpeeds, IReadOnlyList<(string Id, Price Price, string Status)> Jobs)
{
    /// <summary>The market's parameters as the report states them (those it does not state keep their defaults).</summary>
    public MarketOptions Options { get; init; } = new();

    /// <summary>When the report was made.</summary>
    public Instant Generated { get; init; } = Instant.Epoch2000;

    /// <summary>Reads a report that has passed <see cref="ReportSchema.Validate"/>.</summary>
    /// <exception cref="FormatException">A number that does not fit (a price beyond Market's range).</exception>
    public static ReportMarket Read(TextReader input)
    {
        try
        {
            return ReadValid(input);
        }
        catch (OverflowException)
        {
            throw new FormatException("a number in the report is out of range");
        }
    }

    private static ReportMarket ReadValid(TextReader input)
    {
        var doc = new XPathDocument(input);
        XPathNavigator nav = doc.CreateNavigator();
        var ns = new XmlNamespaceManager(nav.NameTable);
        ns.AddNamespace("m", ReportWriter.Namespace);
        var speeds = new List<double>();
        foreach (XPathNavigator c in nav.Select("/m:report/m:clients/m:client/@speed", ns))
        {
            speeds.Add(double.Parse(c.Value, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        var jobs = new List<(string, Price, string)>();
        foreach (XPathNavigator j in nav.Select("/m:report/m:jobs/m:job", ns))
        {
            string id = j.GetAttribute("id", string.Empty);
            string priceText = j.GetAttribute("price", string.Empty);
            decimal value = decimal.Parse(priceText, NumberStyles.Number, CultureInfo.InvariantCulture);
            if (!Price.TryFromDecimal(value, out Price price, out string? problem))
            {
                throw new FormatException($"job {id}: price {priceText} {problem}");
            }

            jobs.Add((id, price, j.GetAttribute("status", string.Empty)));
        }

        XPathNavigator? market = nav.SelectSingleNode("/m:report/m:market", ns);
        var options = new MarketOptions();
        if (market is not null)
        {
            string policy = market.GetAttribute("policy", string.Empty);
            options = options with
            {
                Policy = Enum.TryParse(policy, ignoreCase: true, out MatchingPolicyKind kind) && Enum.IsDefined(kind) ? kind : MatchingPolicyKind.Rank,
                Window = XmlConvert.ToTimeSpan(market.GetAttribute("window", string.Empty)),
                PoolThreshold = int.Parse(market.GetAttribute("poolThreshold", string.Empty), CultureInfo.InvariantCulture),
                MinLease = XmlConvert.ToTimeSpan(market.GetAttribute("minLease", string.Empty)),
                MaxLease = XmlConvert.ToTimeSpan(market.GetAttribute("maxLease", string.Empty)),
                TestInterval = XmlConvert.ToTimeSpan(market.GetAttribute("testInterval", string.Empty)),
                CommissionPpm = (int)(decimal.Parse(market.GetAttribute("commission", string.Empty), CultureInfo.InvariantCulture) * 1_000_000),
            };
        }

        string generated = nav.SelectSingleNode("/m:report/@generated", ns)?.Value ?? string.Empty;
        Instant at = generated.Length > 0 ? Instant.FromUtc(XmlConvert.ToDateTime(generated, XmlDateTimeSerializationMode.Utc)) : Instant.Epoch2000;
        return new ReportMarket(speeds, jobs) { Options = options, Generated = at };
    }

    /// <summary>The optimizer's advice for speed <paramref name="speed"/>, competing with the queued
    /// and leased jobs other than <paramref name="ownJob"/>.</summary>
    public PriceAdvice Advise(double speed, string? ownJob)
        => PriceRule.MinimumPrice(
            ClientSpeeds,
            Jobs.Where(j => j.Status is "queued" or "leased" && j.Id != ownJob).Select(j => j.Price),
            speed);
}
