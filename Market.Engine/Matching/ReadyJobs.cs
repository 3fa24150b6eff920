using Market.Engine.Internal;

namespace Market.Engine;

/// <summary>The ready-list: jobs with status <see cref="JobStatus.Queued"/>, in two orders a policy
/// may read — by price (highest first, earlier submission first among equals) and by arrival
/// (the order in which they last became ready). Read-only to policies; both orders are kept
/// incrementally, so reading the first k jobs costs O(k).</summary>
public sealed class ReadyJobs
{
    private readonly SortedBlocks<PriceKey> byPrice;
    private readonly ArrivalQueue byArrival;
    private readonly JobStore jobs;

    internal ReadyJobs(JobStore jobs)
        : this(jobs, new SortedBlocks<PriceKey>(), new ArrivalQueue())
    {
    }

    private ReadyJobs(JobStore jobs, SortedBlocks<PriceKey> byPrice, ArrivalQueue byArrival)
    {
        this.jobs = jobs;
        this.byPrice = byPrice;
        this.byArrival = byArrival;
    }

    /// <summary>How many jobs are ready.</summary>
    public int Count => byPrice.Count;

    /// <summary>The ready jobs by price, highest first; equal prices by submission, earliest first.</summary>
    public PriceOrder ByPrice() => new(byPrice);

    /// <summary>The current price of a job (ready or not).</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">No such job.</exception>
    public Price PriceOf(JobId job)
    {
        if (job.Value <= 0 || !jobs.Contains(job.Value))
        {
            throw new System.ArgumentOutOfRangeException(nameof(job), "There is no job " + job + ".");
        }

        return new Price(jobs[job.Value].Price);
    }

    /// <summary>The ready jobs in the order they became ready, longest-waiting first.</summary>
    public ArrivalOrder ByArrival() => new(jobs, byArrival);

    /// <summary>Adds a job whose status is already Queued and whose ready sequence is set.</summary>
    internal void Add(int job)
    {
        ref JobState j = ref jobs[job];
        byPrice.Insert(new PriceKey(j.Price, job));
        byArrival.Append(job, j.ReadySequence, jobs, byPrice.Count);
    }

    /// <summary>Removes a job; the caller changes its status, which retires its arrival entry.</summary>
    internal void Remove(int job)
    {
        var key = new PriceKey(jobs[job].Price, job);
        if (!byPrice.TryRemoveFirst(key))
        {
            byPrice.Remove(key);
        }
    }

    /// <summary>Moves a ready job to a new price; its place in arrival order is kept.</summary>
    internal void Reprice(int job, long newPrice)
    {
        ref JobState j = ref jobs[job];
        byPrice.Remove(new PriceKey(j.Price, job));
        j.Price = newPrice;
        byPrice.Insert(new PriceKey(newPrice, job));
    }

    internal ReadyJobs CloneFor(JobStore clonedJobs)
        => new(clonedJobs, byPrice.Clone(), byArrival.Clone());

    /// <summary>The ready jobs by price; enumerate with <c>foreach</c> (no allocation).</summary>
    public readonly struct PriceOrder
    {
        private readonly SortedBlocks<PriceKey> index;

        internal PriceOrder(SortedBlocks<PriceKey> index) => this.index = index;

        /// <summary>Starts the enumeration.</summary>
        public Enumerator GetEnumerator() => new(index.GetEnumerator());

        /// <summary>Enumerates by price.</summary>
        public struct Enumerator
        {
            private SortedBlocks<PriceKey>.Enumerator inner;

            internal Enumerator(SortedBlocks<PriceKey>.Enumerator inner) => this.inner = inner;

            /// <summary>The current job.</summary>
            public readonly ReadyJob Current
            {
                get
                {
                    PriceKey e = inner.Current;
                    return new ReadyJob(new JobId(e.Job), new Price(e.Price));
                }
            }

            /// <summary>Advances.</summary>
            public bool MoveNext() => inner.MoveNext();
        }
    }

    /// <summary>The ready jobs in arrival order; enumerate with <c>foreach</c> (no allocation).</summary>
    public readonly struct ArrivalOrder
    {
        private readonly JobStore jobs;
        private readonly ArrivalQueue queue;

        internal ArrivalOrder(JobStore jobs, ArrivalQueue queue)
        {
            this.jobs = jobs;
            this.queue = queue;
        }

        /// <summary>Starts the enumeration.</summary>
        public Enumerator GetEnumerator() => new(jobs, queue);

        /// <summary>Enumerates by arrival.</summary>
        public struct Enumerator
        {
            private readonly JobStore jobs;
            private readonly ArrivalQueue queue;
            private int index;

            internal Enumerator(JobStore jobs, ArrivalQueue queue)
            {
                this.jobs = jobs;
                this.queue = queue;
                index = -1;
            }

            /// <summary>The current job.</summary>
            public readonly ReadyJob Current
            {
                get
                {
                    int job = queue[index].Job;
                    return new ReadyJob(new JobId(job), new Price(jobs[job].Price));
                }
            }

            /// <summary>Advances, skipping jobs that have left the ready-list since they arrived.</summary>
            public bool MoveNext()
            {
                while (++index < queue.Count)
                {
                    if (ArrivalQueue.IsLive(queue[index], jobs))
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
