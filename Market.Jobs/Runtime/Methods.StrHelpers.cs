using System;
using System.Text;

namespace Market.Jobs.Runtime;

/// <summary>Helpers of the str methods: Python's whitespace, split, replace and index ranges.</summary>
internal static partial class Methods
{
    private static bool All(string s, Func<char, bool> p)
    {
        foreach (char c in s)
        {
            if (!p(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Any(string s, Func<char, bool> p)
    {
        foreach (char c in s)
        {
            if (p(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsPyWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x1f' or '\x85' || char.IsWhiteSpace(c);

    private static string StripWs(string s, bool left, bool right)
    {
        int i = 0, j = s.Length;
        if (left)
        {
            while (i < j && IsPyWhitespace(s[i]))
            {
                i++;
            }
        }
        if (right)
        {
            while (j > i && IsPyWhitespace(s[j - 1]))
            {
                j--;
            }
        }
        return s[i..j];
    }

    private static void SplitWhitespace(string s, long max, PyList result, bool fromRight)
    {
        if (!fromRight)
        {
            int i = 0;
            while (true)
            {
                while (i < s.Length && IsPyWhitespace(s[i]))
                {
                    i++;
                }
                if (i >= s.Length)
                {
                    return;
                }
                if (max == 0)
                {
                    result.Add(new Value(StripWs(s[i..], false, true)));
                    return;
                }
                int start = i;
                while (i < s.Length && !IsPyWhitespace(s[i]))
                {
                    i++;
                }
                result.Add(new Value(s[start..i]));
                max--;
            }
        }
        var parts = new System.Collections.Generic.List<Value>();
        int j = s.Length;
        while (true)
        {
            while (j > 0 && IsPyWhitespace(s[j - 1]))
            {
                j--;
            }
            if (j <= 0)
            {
                break;
            }
            if (max == 0)
            {
                parts.Add(new Value(StripWs(s[..j], true, false)));
                break;
            }
            int end = j;
            while (j > 0 && !IsPyWhitespace(s[j - 1]))
            {
                j--;
            }
            parts.Add(new Value(s[j..end]));
            max--;
        }
        parts.Reverse();
        parts.ForEach(result.Add);
    }

    private static string Replace(string s, string old, string neu, long count)
    {
        if (count < 0)
        {
            if (old.Length == 0)
            {
                var sb0 = new StringBuilder();
                sb0.Append(neu);
                foreach (char c in s)
                {
                    sb0.Append(c).Append(neu);
                }
                return sb0.ToString();
            }
            return s.Replace(old, neu, StringComparison.Ordinal);
        }
        var sb = new StringBuilder();
        int i = 0;
        if (old.Length == 0)
        {
            int k = 0;
            for (; k < s.Length && count > 0; k++, count--)
            {
                sb.Append(neu).Append(s[k]);
            }
            if (count > 0)
            {
                sb.Append(neu);
            }
            sb.Append(s, k, s.Length - k);
            return sb.ToString();
        }
        while (count > 0)
        {
            int j = s.IndexOf(old, i, StringComparison.Ordinal);
            if (j < 0)
            {
                break;
            }
            sb.Append(s, i, j - i).Append(neu);
            i = j + old.Length;
            count--;
        }
        sb.Append(s, i, s.Length - i);
        return sb.ToString();
    }

    /// <summary>Optional start/end arguments at position <paramref name="at"/>, adjusted like slice indices.</summary>
    private static (int Start, int End) Range(int len, ReadOnlySpan<Value> a, int at)
    {
        long start = 0, end = len;
        if (a.Length > at && !a[at].IsNone)
        {
            start = Ops.ToIndex(a[at]);
            start = start < 0 ? Math.Max(0, start + len) : start;
        }
        if (a.Length > at + 1 && !a[at + 1].IsNone)
        {
            end = Ops.ToIndex(a[at + 1]);
            end = end < 0 ? Math.Max(0, end + len) : Math.Min(end, len);
        }
        return ((int)Math.Min(start, int.MaxValue), (int)end);
    }
}
