using Market.Engine;
using Market.Sim.Scenarios;

namespace Market.Sim.Running;

/// <content>What the job owners do: submit jobs and reprice them.</content>
internal sealed partial class Simulation
{
    /// <summary>The next job of the population, drawn or read when it is scheduled.</summary>
    private Populations.PopulationJob? nextJob;

    /// <summary>Schedules the arrival of the population's next job (number <paramref name="index"/>), if there is one.</summary>
    private void ScheduleNextArrival(int index)
    {
        nextJob = jobSource.MoveNext() ? jobSource.Current : null;
        if (nextJob is not null)
        {
            Schedule(At(nextJob.Arrival), new SimEvent(SimEventKind.JobArrival, index, 0, 0));
        }
    }

    /// <summary>Job <paramref name="index"/> of the population arrives; the next one is scheduled.</summary>
    private void JobArrival(int index)
    {
        Populations.PopulationJob pj = nextJob!;
        int k = jobs.Count + 1;
        AccountId owner = jobOwners[pj.Owner % jobOwners.Length];
        double work = pj.Work!.Value;
        Outcome<JobId> id = engine.SubmitJob(now, owner, SimulatedJobName, pj.Price, jobState);
        if (!id.IsAccepted)
        {
            throw new InvalidOperationException("The simulator submitted an invalid job: " + id.Rejection);
        }

        jobs.Add(new SimJob { Owner = owner.Value, Work = work, WorkLeft = work, SubmittedTicks = now.Ticks, InitialPrice = (double)pj.Price, FirstLeaseTicks = long.MinValue, CompletedTicks = long.MinValue, PriceMicro = submittedPrice });
        if (id.Value.Value != k)
        {
            // Engine events name jobs by id; the simulation finds them by the same number.
            throw new InvalidOperationException($"Job {k} was submitted as {id.Value}.");
        }

        if (scenario.Jobs.Repricing != RepricingKind.Fixed)
        {
            Schedule(now.Plus(scenario.Jobs.RepricingInterval), new SimEvent(SimEventKind.Reprice, k, 0, 0));
        }

        ScheduleNextArrival(index + 1);
    }

    private void Reprice(int k)
    {
        var jobId = new JobId(k);
        if (engine.GetJob(jobId) is not JobInfo info || info.Status is JobStatus.Completed or JobStatus.Failed)
        {
            return; // ended (and forgotten by the engine)
        }

        JobModel model = scenario.Jobs;
        decimal? price = model.Repricing switch
        {
            RepricingKind.RandomWalk => Populations.PopulationGenerator.ValidPrice((double)info.Price.ToDecimal() * (1 + (model.RandomWalkStep * ((2 * rng.NextDouble()) - 1)))),
            RepricingKind.TargetSpeed => TargetPrice(jobId, model.TargetSpeed),
            _ => null,
        };
        if (price is decimal p && p != info.Price.ToDecimal())
        {
            engine.ChangePrice(now, info.Owner, jobId, p);
        }

        Schedule(now.Plus(model.RepricingInterval), new SimEvent(SimEventKind.Reprice, k, 0, 0));
    }

    /// <summary>The optimizer's price for the wanted speed, from the market as it stands (the same rule the price command uses).</summary>
    private decimal? TargetPrice(JobId self, double speed)
    {
        PriceAdvice advice = PriceRule.MinimumPrice(
            engine.Clients().Select(c => c.Speed ?? 0),
            engine.Jobs().Where(j => j.Id != self && j.Status is JobStatus.Queued or JobStatus.Leased).Select(j => j.Price),
            speed);
        return advice.Possible ? Math.Min(advice.Price.ToDecimal(), Price.Max.ToDecimal()) : null;
    }
}
