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
    /// <summary>Reads a report that has passed <see cref="ReportSchema.Validate"/>.</summary>
    /// <exception cref="FormatException">A number that does not fit (a price beyond Market's range).</exception>
    public static ReportMarket Read(TextReader input)
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

        return new ReportMarket(speeds, jobs);
    }

    /// <summary>The optimizer's advice for speed <paramref name="speed"/>, competing with the queued
    /// and leased jobs other than <paramref name="ownJob"/>.</summary>
    public PriceAdvice Advise(double speed, string? ownJob)
        => PriceRule.MinimumPrice(
            ClientSpeeds,
            Jobs.Where(j => j.Status is "queued" or "leased" && j.Id != ownJob).Select(j => j.Price),
            speed);
}
