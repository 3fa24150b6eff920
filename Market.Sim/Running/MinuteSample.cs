namespace Market.Sim.Running;

/// <summary>One per-minute sample of the run: a row of timeseries.csv as numbers.</summary>
/// <param name="Minute">Simulated minutes since the start.</param>
/// <param name="Pool">Jobs in the engine's pool.</param>
/// <param name="Ready">Jobs ready to lease (the queue).</param>
/// <param name="Leased">Open leases.</param>
/// <param name="ClientsUp">Clients that are up.</param>
/// <param name="JobsCompleted">Jobs completed so far.</param>
internal readonly record struct MinuteSample(long Minute, int Pool, int Ready, int Leased, int ClientsUp, int JobsCompleted)
{
    /// <summary>Open leases per client up; 0 while no client is up.</summary>
    public double Utilization => ClientsUp == 0 ? 0 : (double)Leased / ClientsUp;
}
