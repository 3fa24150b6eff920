namespace Market.Sim.Running;

/// <summary>The run's jobs in id order (job id k is index k - 1).</summary>
internal sealed class JobTable : IReadOnlyList<SimJob>
{
    private readonly ChunkedList<SimJob> jobs = new();

    public int Count => jobs.Count;

    public SimJob this[int index] => jobs[index];

    /// <summary>The job with this id (1-based).</summary>
    public ref SimJob At(int id) => ref jobs[id - 1];

    /// <summary>Appends a job and returns its id.</summary>
    public int Add(in SimJob job) => jobs.Add(job) + 1;

    public IEnumerator<SimJob> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return jobs[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
