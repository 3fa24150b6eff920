namespace Market.Engine;

/// <summary>What an accepted check-in did.</summary>
/// <param name="Lease">The closed lease.</param>
/// <param name="Job">Its job.</param>
/// <param name="Version">The job's new committed version.</param>
/// <param name="Charged">Taken from the job's owner.</param>
/// <param name="PaidToClient">Given to the client's owner.</param>
/// <param name="Commission">Given to the platform.</param>
/// <param name="JobStatus">The job's status afterwards.</param>
public readonly record struct CheckInReceipt(LeaseId Lease, JobId Job, long Version, Credits Charged, Credits PaidToClient, Credits Commission, JobStatus JobStatus);
