namespace Market.Live.Data;

/// <summary>A job (table <c>jobs</c>): its source and how it is doing; its id is the engine's job id.</summary>
public sealed class JobRow
{
    public long Id { get; set; }
    public long AccountId { get; set; }
    public string Name { get; set; } = "";
    public string Source { get; set; } = "";
    public string FileName { get; set; } = "job.py";
    public string Entry { get; set; } = "main";
    public string ArgsJson { get; set; } = "";
    public string ModuleHash { get; set; } = "";
    public long PriceMicro { get; set; }
    public string Status { get; set; } = "queued";
    public long Version { get; set; }
    public long Instructions { get; set; }
    public long Slices { get; set; }
    public long Rollbacks { get; set; }
    public long SubmittedAt { get; set; }
    public long? LastCheckpointAt { get; set; }
    public long ChargedMicro { get; set; }
    public string? Result { get; set; }
    public string? Output { get; set; }
    public string? Error { get; set; }
}
