namespace Market.Sim.Running;

/// <summary>A growable list of structs in fixed chunks of 1,024: growing never copies, and no chunk is
/// large enough for the large-object heap, so many short runs (a sweep) leave only short-lived garbage.</summary>
internal sealed class ChunkedList<T>
    where T : struct
{
    private const int Shift = 10;
    private const int ChunkSize = 1 << Shift;
    private T[][] chunks = new T[4][];

    public int Count { get; private set; }

    /// <summary>The item at <paramref name="index"/> (0-based).</summary>
    public ref T this[int index]
    {
        get
        {
            if (unchecked((uint)index >= (uint)Count))
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return ref chunks[index >> Shift][index & (ChunkSize - 1)];
        }
    }

    /// <summary>Appends an item and returns its index.</summary>
    public int Add(in T item)
    {
        int i = Count;
        int chunk = i >> Shift;
        if (chunk == chunks.Length)
        {
            Array.Resize(ref chunks, chunks.Length * 2);
        }

        chunks[chunk] ??= new T[ChunkSize];
        chunks[chunk][i & (ChunkSize - 1)] = item;
        Count = i + 1;
        return i;
    }
}
