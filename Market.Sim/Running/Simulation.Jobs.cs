using Market.Engine;
using Market.Sim.Scenarios;

namespace Market.Sim.Running;

/// <content>What the job owners do: submit jobs and reprice them.</content>
internal sealed partial class Simulation
{
    /// <summary>Job <paramref name="index"/> of the population arrives; the next one is scheduled.</summary>
    private void JobArrival(int index)
    {
        Populations.PopulationJob pj = population.Jobs[index];
        int k = jobs.Count;
        AccountId owner = jobOwners[pj.Owner % jobOwners.Length];
        double work = pj.Work!.Value;
        var initial = new StateVersion(StateDigest.None, (long)(scenario.Jobs.StateSizeMB * 1_000_000));
        Outcome<JobId> id = engine.SubmitJob(now, owner, "job " + k, pj.Price, initial);
        if (!id.IsAccepted)
        {
            throw new InvalidOperationException("The simulator submitted an invalid job: " + id.Rejection);
        }

        jobs.Add(new SimJob { Id = id.Value, Owner = owner.Value, Work = work, WorkLeft = work, Submitted = now, InitialPrice = (double)pj.Price });
        if (scenario.Jobs.Repricing != RepricingKind.Fixed)
        {
            Schedule(now.Plus(scenario.Jobs.RepricingInterval), new SimEvent(SimEventKind.Reprice, k, 0, 0));
        }

        if (index + 1 < population.Jobs.Count)
        {
            Schedule(At(population.Jobs[index + 1].Arrival), new SimEvent(SimEventKind.JobArrival, index + 1, 0, 0));
        }
    }

    private void Reprice(int k)
    {
        SimJob job = jobs[k]!;
        JobInfo info = engine.GetJob(job.Id)!.Value;
        if (info.Status is JobStatus.Completed or JobStatus.Failed)
        {
            return;
        }

        JobModel model = scenario.Jobs;
        decimal? price = model.Repricing switch
        {
            RepricingKind.RandomWalk => Populations.PopulationGenerator.ValidPrice((double)info.Price.ToDecimal() * (1 + (model.RandomWalkStep * ((2 * rng.NextDouble()) - 1)))),
            RepricingKind.TargetSpeed => TargetPrice(job.Id, model.TargetSpeed),
            _ => null,
        };
        if (price is decimal p && p != info.Price.ToDecimal())
        {
            engine.ChangePrice(now, info.Owner, job.Id, p);
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
