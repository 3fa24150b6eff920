using System;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>A stable merge sort that asks only "is right &lt; left?", like CPython's list.sort.</summary>
internal static class Sorting
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort(Value[] items, int n, bool reverse)
    {
        if (n < 2)
        {
            return;
        }
        var idx = new int[n];
        for (int i = 0; i < n; i++)
        {
            idx[i] = i;
        }
        var copy = items.AsSpan(0, n).ToArray();
        SortIndices(idx, copy, reverse);
        for (int i = 0; i < n; i++)
        {
            items[i] = copy[idx[i]];
        }
    }

    /// <summary>Sorts <paramref name="idx"/> (positions into <paramref name="keys"/>) stably by key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SortIndices(int[] idx, Value[] keys, bool reverse)
    {
        var tmp = new int[idx.Length];
        MergeSort(idx, tmp, 0, idx.Length, keys, reverse);
    }

    private static bool Less(Value[] keys, int a, int b, bool reverse)
    {
        // Python's reverse sort keeps equal items in their original order, so compare with the sides swapped.
        return reverse ? Lt(keys[b], keys[a]) : Lt(keys[a], keys[b]);
    }

    private static bool Lt(Value a, Value b)
    {
        if (a.IsInt && b.IsInt)
        {
            return a.Bits < b.Bits;
        }
        return Ops.Order(CmpOp.Lt, a, b, 0) is var c && c != int.MinValue && c < 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MergeSort(int[] a, int[] tmp, int lo, int hi, Value[] keys, bool reverse)
    {
        int n = hi - lo;
        if (n < 2)
        {
            return;
        }
        if (n <= 8)
        {
            for (int i = lo + 1; i < hi; i++)
            {
                int x = a[i];
                int j = i - 1;
                while (j >= lo && Less(keys, x, a[j], reverse))
                {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = lo + n / 2;
        MergeSort(a, tmp, lo, mid, keys, reverse);
        MergeSort(a, tmp, mid, hi, keys, reverse);
        if (!Less(keys, a[mid], a[mid - 1], reverse))
        {
            return;
        }
        Array.Copy(a, lo, tmp, lo, n);
        int l = lo, r = mid, k = lo;
        while (l < mid && r < hi)
        {
            if (Less(keys, tmp[r], tmp[l], reverse))
            {
                a[k++] = tmp[r++];
            }
            else
            {
                a[k++] = tmp[l++];
            }
        }
        while (l < mid)
        {
            a[k++] = tmp[l++];
        }
        while (r < hi)
        {
            a[k++] = tmp[r++];
        }
    }
}
