namespace Market.Sim.Benchmarks;

/// <summary>Which of two items comes out of a <see cref="BinaryHeap{T, TOrder}"/> first.</summary>
internal interface IHeapOrder<T>
{
    bool Before(in T a, in T b);
}

/// <summary>A plain binary heap, the least item (by <typeparamref name="TOrder"/>) at the top. The
/// order is a struct, so the JIT compiles a heap of its own for each, with the comparison inline.</summary>
internal sealed class BinaryHeap<T, TOrder>(TOrder order)
    where TOrder : struct, IHeapOrder<T>
{
    private T[] items = new T[1024];

    public int Count { get; private set; }

    public T Top => items[0];

    public void Push(T item)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, Count * 2);
        }

        int i = Count++;
        while (i > 0 && order.Before(item, items[(i - 1) / 2]))
        {
            items[i] = items[(i - 1) / 2];
            i = (i - 1) / 2;
        }

        items[i] = item;
    }

    public T Pop()
    {
        T top = items[0];
        T last = items[--Count];
        int i = 0;
        while (true)
        {
            int child = (2 * i) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && order.Before(items[child + 1], items[child]))
            {
                child++;
            }

            if (!order.Before(items[child], last))
            {
                break;
            }

            items[i] = items[child];
            i = child;
        }

        items[i] = last;
        return top;
    }
}
