using Market.Engine.Internal;

namespace Market.Engine;

/// <summary>The ready-list: jobs with status <see cref="JobStatus.Queued"/>, in two orders a policy
/// may read — by price (highest first, earlier submission first among equals) and by arrival
/// (the order in which they last became ready). Read-only to policies; both orders are kept
/// incrementally, so reading the first k jobs costs O(k).</summary>
public sealed class ReadyJobs
{
    private readonly PriceIndex byPrice;
    private readonly Table<JobState> jobs;
    private int head;
    private int tail;

    internal ReadyJobs(Table<JobState> jobs)
        : this(jobs, new PriceIndex())
    {
    }

    private ReadyJobs(Table<JobState> jobs, PriceIndex byPrice)
    {
        this.jobs = jobs;
        this.byPrice = byPrice;
    }

    /// <summary>How many jobs are ready.</summary>
    public int Count => byPrice.Count;

    /// <summary>The ready jobs by price, highest first; equal prices by submission, earliest first.</summary>
    public PriceOrder ByPrice() => new(byPrice);

    /// <summary>The ready jobs in the order they became ready, longest-waiting first.</summary>
    public ArrivalOrder ByArrival() => new(jobs, head);

    internal void Add(int job)
    {
        ref JobState j = ref jobs[job];
        byPrice.Insert(j.Price, job);
        j.ReadyPrev = tail;
        j.ReadyNext = 0;
        if (tail != 0)
        {
            jobs[tail].ReadyNext = job;
        }
        else
        {
            head = job;
        }

        tail = job;
    }

    internal void Remove(int job)
    {
        ref JobState j = ref jobs[job];
        byPrice.Remove(j.Price, job);
        if (j.ReadyPrev != 0)
        {
            jobs[j.ReadyPrev].ReadyNext = j.ReadyNext;
        }
        else
        {
            head = j.ReadyNext;
        }

        if (j.ReadyNext != 0)
        {
            jobs[j.ReadyNext].ReadyPrev = j.ReadyPrev;
        }
        else
        {
            tail = j.ReadyPrev;
        }

        j.ReadyPrev = 0;
        j.ReadyNext = 0;
    }

    /// <summary>Moves a ready job to a new price; its place in arrival order is kept.</summary>
    internal void Reprice(int job, long newPrice)
    {
        ref JobState j = ref jobs[job];
        byPrice.Remove(j.Price, job);
        j.Price = newPrice;
        byPrice.Insert(newPrice, job);
    }

    internal ReadyJobs CloneFor(Table<JobState> clonedJobs)
        => new(clonedJobs, byPrice.Clone()) { head = head, tail = tail };

    /// <summary>The ready jobs by price; enumerate with <c>foreach</c> (no allocation).</summary>
    public readonly struct PriceOrder
    {
        private readonly PriceIndex index;

        internal PriceOrder(PriceIndex index) => this.index = index;

        /// <summary>Starts the enumeration.</summary>
        public Enumerator GetEnumerator() => new(index.GetEnumerator());

        /// <summary>Enumerates by price.</summary>
        public struct Enumerator
        {
            private PriceIndex.Enumerator inner;

            internal Enumerator(PriceIndex.Enumerator inner) => this.inner = inner;

            /// <summary>The current job.</summary>
            public readonly ReadyJob Current
            {
                get
                {
                    PriceIndex.Entry e = inner.Current;
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
        private readonly Table<JobState> jobs;
        private readonly int head;

        internal ArrivalOrder(Table<JobState> jobs, int head)
        {
            this.jobs = jobs;
            this.head = head;
        }

        /// <summary>Starts the enumeration.</summary>
        public Enumerator GetEnumerator() => new(jobs, head);

        /// <summary>Enumerates by arrival.</summary>
        public struct Enumerator
        {
            private readonly Table<JobState> jobs;
            private int next;
            private int current;

            internal Enumerator(Table<JobState> jobs, int head)
            {
                this.jobs = jobs;
                next = head;
                current = 0;
            }

            /// <summary>The current job.</summary>
            public readonly ReadyJob Current => new(new JobId(current), new Price(jobs[current].Price));

            /// <summary>Advances.</summary>
            public bool MoveNext()
            {
                if (next == 0)
                {
                    return false;
                }

                current = next;
                next = jobs[current].ReadyNext;
                return true;
            }
        }
    }
}
