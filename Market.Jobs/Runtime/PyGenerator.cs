namespace Market.Jobs.Runtime;

/// <summary>A generator expression's suspended frame (on the call stack while it runs).</summary>
internal sealed class PyGenerator
{
    public PyGenerator(Frame? frame, string name)
    {
        Frame = frame;
        Name = name;
    }

    /// <summary>The generator's frame; null once finished.</summary>
    public Frame? Frame { get; set; }

    public string Name { get; }

    public bool Running { get; set; }

    public bool Finished => Frame == null;
}
