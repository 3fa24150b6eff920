namespace Market.Jobs.Runtime;

/// <summary>A native needs the items of a generator, which only bytecode can produce: drain it in the prelude and retry.</summary>
internal sealed class NeedsDrain : System.Exception
{
    public NeedsDrain(PyGenerator gen)
        : base("generator")
    {
        Gen = gen;
    }

    public PyGenerator Gen { get; }
}
