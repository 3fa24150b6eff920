namespace Market.Live.Data;

/// <summary>One engine command as executed (table <c>command_log</c>), with the events it produced:
/// replaying the commands in <c>Seq</c> order rebuilds the engine and reproduces the events.</summary>
public sealed class CommandLogRow
{
    public long Seq { get; set; }
    public long Time { get; set; }
    public string Command { get; set; } = "";
    public string Events { get; set; } = "";
}
