using System;

namespace Market.Engine.Internal;

/// <summary>The engine's speed order of the pool, as a matching step's policy reads it
/// (<see cref="MatchingInput.TryFastestFirst"/>): the k fastest requests in O(k), as indexes into
/// the policy's view of the pool.</summary>
internal sealed class PoolSpeedView
{
    private readonly EngineState state;

    /// <summary>By pool slot: the request's index in the view, when the view is a copy without the
    /// holes (else the view is the pool itself and slot = index).</summary>
    private int[] viewIndex = [];
    private bool compacted;

    public PoolSpeedView(EngineState state) => this.state = state;

    /// <summary>The view is the pool itself.</summary>
    public void ViewIsPool() => compacted = false;

    /// <summary>The view is a copy of the pool without its holes: slot <paramref name="slot"/> is at
    /// <paramref name="index"/> in it (call for every live slot).</summary>
    public void MapSlot(int slot, int index)
    {
        if (!compacted)
        {
            compacted = true;
            if (viewIndex.Length < state.Pool.Count)
            {
                viewIndex = new int[Math.Max(state.Pool.Count, viewIndex.Length * 2)];
            }
        }

        viewIndex[slot] = index;
    }

    /// <summary>Writes the view indexes of the <c>into.Length</c> fastest requests, fastest first.</summary>
    public void FastestFirst(Span<int> into)
    {
        int i = 0;
        if (into.Length == 0)
        {
            return;
        }

        foreach (SpeedKey key in state.PoolBySpeed)
        {
            int slot = state.Clients[key.Client].PoolSlot;
            into[i] = compacted ? viewIndex[slot] : slot;
            if (++i == into.Length)
            {
                return;
            }
        }

        throw new InvalidOperationException("The speed order holds fewer requests than the pool.");
    }
}
