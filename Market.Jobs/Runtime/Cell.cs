namespace Market.Jobs.Runtime;

/// <summary>A variable captured by a closure.</summary>
internal sealed class Cell
{
    public Value V;
}
