namespace Market.Engine.Tests.Support;

internal static class ReadyJobsExtensions
{
    public static List<JobId> ToList(this ReadyJobs.PriceOrder order)
    {
        var list = new List<JobId>();
        foreach (ReadyJob j in order)
        {
            list.Add(j.Job);
        }

        return list;
    }

    public static List<JobId> ToList(this ReadyJobs.ArrivalOrder order)
    {
        var list = new List<JobId>();
        foreach (ReadyJob j in order)
        {
            list.Add(j.Job);
        }

        return list;
    }
}
