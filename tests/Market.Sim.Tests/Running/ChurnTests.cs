using System.Text.RegularExpressions;

namespace Market.Sim.Tests.Running;

/// <summary>A machine that vanishes holding a lease and comes back before the lease's deadline is
/// refused as busy; it must ask again once that lease has expired, not sit idle for the rest of the run.</summary>
public sealed class ChurnTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("market-churn").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void ChurnHeavy_BusyRefusal_IsFollowedByANewRequest()
    {
        string scenario = Path.Combine(AppContext.BaseDirectory, "scenarios", "churn-heavy.jsonc");
        Assert.Equal(0, Cli.Run(["run", scenario, "--events", "--no-plots", "--quiet", "--out", dir], TextWriter.Null, TextWriter.Null));
        string[] events = File.ReadAllLines(Path.Combine(dir, "events.log"));
        DateTime end = Time(events[^1]);
        var stranded = new List<string>();
        int refusals = 0;
        for (int i = 0; i < events.Length; i++)
        {
            var m = Regex.Match(events[i], @" Rejected client=(C\d+) detail=11 ");
            if (!m.Success || Time(events[i]) > end.AddHours(-1))
            {
                continue;
            }
            refusals++;
            string client = " client=" + m.Groups[1].Value + " ";
            bool asksAgain = events.Skip(i + 1).Any(e => (e.Contains(" RequestPooled ", StringComparison.Ordinal) || e.Contains(" TestIssued ", StringComparison.Ordinal) || e.Contains(" LeaseGranted ", StringComparison.Ordinal))
                && (e + " ").Contains(client, StringComparison.Ordinal));
            if (!asksAgain)
            {
                stranded.Add(events[i]);
            }
        }
        Assert.True(refusals > 10, "the scenario no longer exercises busy refusals: " + refusals);
        Assert.True(stranded.Count == 0, $"{stranded.Count} of {refusals} busy machines never asked again, e.g. {stranded.FirstOrDefault()}");
    }

    private static DateTime Time(string line) => DateTime.Parse(line[..line.IndexOf(' ', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind);
}
