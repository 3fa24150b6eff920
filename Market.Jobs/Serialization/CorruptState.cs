namespace Market.Jobs.Serialization;

/// <summary>Thrown inside the deserializer on bad bytes; never escapes the public API.</summary>
internal sealed class CorruptState : System.Exception
{
    public CorruptState(string message)
        : base(message)
    {
    }
}
