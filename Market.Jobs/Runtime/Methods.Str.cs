using System;
using System.Text;

namespace Market.Jobs.Runtime;

/// <summary>str methods.</summary>
internal static partial class Methods
{
    private static Value Str(Vm vm, string s)
    {
        vm.Charge(2L * s.Length + 24);
        return new Value(s);
    }

    private static string ArgStr(Value v, string fname)
    {
        if (v.Obj is string s)
        {
            return s;
        }
        throw Ops.TypeError($"{fname} arg must be None or str");
    }

    private static Value StrMethod(Vm vm, string s, string name, ReadOnlySpan<Value> a, string[]? kn, ReadOnlySpan<Value> kv)
    {
        if (name != "format" && name != "split" && name != "rsplit")
        {
            Builtins.NoKeywords(name, kn);
        }
        switch (name)
        {
            case "join":
            {
                Builtins.Arity("str.join", a, 1, 1, kn);
                var items = Builtins.ToList(vm, a[0]);
                var parts = new string[items.Count];
                long len = 0;
                for (int i = 0; i < items.Count; i++)
                {
                    parts[i] = items.Items[i].Obj as string ?? throw Ops.TypeError($"sequence item {i}: expected str instance, {Ops.TypeName(items.Items[i])} found");
                    len += parts[i].Length + s.Length;
                }
                vm.Charge(2 * len + 24);
                return new Value(string.Join(s, parts));
            }
            case "split":
            case "rsplit":
            {
                Value sepV = Builtins.Kw(name, kn, kv, "sep", a.Length > 0 ? a[0] : Value.None, "maxsplit");
                Value maxV = Builtins.Kw(name, kn, kv, "maxsplit", a.Length > 1 ? a[1] : Value.Int(-1), "sep");
                long max = Ops.ToIndex(maxV);
                var result = new PyList();
                if (sepV.IsNone)
                {
                    SplitWhitespace(s, max, result, name == "rsplit");
                }
                else
                {
                    string sep = ArgStr(sepV, name);
                    if (sep.Length == 0)
                    {
                        throw Ops.ValueError("empty separator");
                    }
                    if (name == "split")
                    {
                        int start = 0;
                        while (max != 0)
                        {
                            int i = s.IndexOf(sep, start, StringComparison.Ordinal);
                            if (i < 0)
                            {
                                break;
                            }
                            result.Add(new Value(s[start..i]));
                            start = i + sep.Length;
                            max--;
                        }
                        result.Add(new Value(s[start..]));
                    }
                    else
                    {
                        int end = s.Length;
                        var parts = new System.Collections.Generic.List<Value>();
                        while (max != 0)
                        {
                            int i = end - sep.Length < 0 ? -1 : s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
                            if (i < 0 || end - sep.Length < 0)
                            {
                                break;
                            }
                            parts.Add(new Value(s[(i + sep.Length)..end]));
                            end = i;
                            max--;
                        }
                        parts.Add(new Value(s[..end]));
                        parts.Reverse();
                        parts.ForEach(result.Add);
                    }
                }
                vm.Charge(40L * result.Count + 2L * s.Length);
                return new Value(result);
            }
            case "splitlines":
            {
                var result = new PyList();
                int start = 0;
                for (int i = 0; i < s.Length; i++)
                {
                    if (s[i] is '\n' or '\r')
                    {
                        result.Add(new Value(s[start..i]));
                        if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n')
                        {
                            i++;
                        }
                        start = i + 1;
                    }
                }
                if (start < s.Length)
                {
                    result.Add(new Value(s[start..]));
                }
                return new Value(result);
            }
            case "strip":
            case "lstrip":
            case "rstrip":
            {
                Builtins.Arity(name, a, 0, 1, kn);
                char[]? chars = a.Length == 0 || a[0].IsNone ? null : ArgStr(a[0], name).ToCharArray();
                string r = name switch
                {
                    "strip" => chars == null ? StripWs(s, true, true) : s.Trim(chars),
                    "lstrip" => chars == null ? StripWs(s, true, false) : s.TrimStart(chars),
                    _ => chars == null ? StripWs(s, false, true) : s.TrimEnd(chars),
                };
                return new Value(r);
            }
            case "lower": return Str(vm, s.ToLowerInvariant());
            case "upper": return Str(vm, s.ToUpperInvariant());
            case "casefold": return Str(vm, s.ToLowerInvariant());
            case "swapcase":
            {
                var sb = new StringBuilder(s.Length);
                foreach (char c in s)
                {
                    sb.Append(char.IsUpper(c) ? char.ToLowerInvariant(c) : char.IsLower(c) ? char.ToUpperInvariant(c) : c);
                }
                return Str(vm, sb.ToString());
            }
            case "capitalize":
                return Str(vm, s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant());
            case "title":
            {
                var sb = new StringBuilder(s.Length);
                bool prevCased = false;
                foreach (char c in s)
                {
                    sb.Append(prevCased ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
                    prevCased = char.IsLetter(c);
                }
                return Str(vm, sb.ToString());
            }
            case "istitle":
            {
                bool prevCased = false, any = false;
                foreach (char c in s)
                {
                    if (char.IsUpper(c))
                    {
                        if (prevCased)
                        {
                            return Value.False;
                        }
                        prevCased = true;
                        any = true;
                    }
                    else if (char.IsLower(c))
                    {
                        if (!prevCased)
                        {
                            return Value.False;
                        }
                        any = true;
                    }
                    else
                    {
                        prevCased = false;
                    }
                }
                return Value.Bool(any);
            }
            case "replace":
            {
                Builtins.Arity("replace", a, 2, 3, kn);
                string old = ArgStr(a[0], "replace"), neu = ArgStr(a[1], "replace");
                long count = a.Length > 2 ? Ops.ToIndex(a[2]) : -1;
                string r = Replace(s, old, neu, count);
                return Str(vm, r);
            }
            case "startswith":
            case "endswith":
            {
                Builtins.Arity(name, a, 1, 3, kn);
                var (start, end) = Range(s.Length, a, 1);
                string sub = start <= end ? s[start..end] : "";
                bool test(Value p)
                {
                    string ps = p.Obj as string ?? throw Ops.TypeError($"{name} first arg must be str or a tuple of str, not {Ops.TypeName(p)}");
                    if (start > s.Length || start > end && ps.Length > 0)
                    {
                        return false;
                    }
                    return name == "startswith" ? sub.StartsWith(ps, StringComparison.Ordinal) : sub.EndsWith(ps, StringComparison.Ordinal);
                }
                if (a[0].Obj is PyTuple t)
                {
                    foreach (var p in t.Items)
                    {
                        if (test(p))
                        {
                            return Value.True;
                        }
                    }
                    return Value.False;
                }
                return Value.Bool(test(a[0]));
            }
            case "find":
            case "index":
            case "rfind":
            case "rindex":
            {
                Builtins.Arity(name, a, 1, 3, kn);
                string sub = ArgStr(a[0], name);
                var (start, end) = Range(s.Length, a, 1);
                int r = -1;
                if (start <= end && end - start >= sub.Length)
                {
                    r = name[0] == 'r'
                        ? s.LastIndexOf(sub, end - 1 < 0 ? 0 : end - 1, end - start, StringComparison.Ordinal) is var li && li >= 0 && li + sub.Length <= end ? li : (sub.Length == 0 ? end : -1)
                        : s.IndexOf(sub, start, end - start, StringComparison.Ordinal);
                    if (name[0] == 'r' && sub.Length == 0)
                    {
                        r = end;
                    }
                }
                if (r < 0 && name.EndsWith("index"))
                {
                    throw Ops.ValueError("substring not found");
                }
                return Value.Int(r);
            }
            case "count":
            {
                Builtins.Arity("count", a, 1, 3, kn);
                string sub = ArgStr(a[0], "count");
                var (start, end) = Range(s.Length, a, 1);
                if (start > end || start > s.Length)
                {
                    return Value.Int(0);
                }
                if (sub.Length == 0)
                {
                    return Value.Int(end - start + 1);
                }
                int n = 0;
                int i = start;
                while ((i = s.IndexOf(sub, i, end - i, StringComparison.Ordinal)) >= 0 && i + sub.Length <= end)
                {
                    n++;
                    i += sub.Length;
                    if (i > end)
                    {
                        break;
                    }
                }
                return Value.Int(n);
            }
            case "rjust":
            case "ljust":
            case "center":
            {
                Builtins.Arity(name, a, 1, 2, kn);
                long width = Ops.ToIndex(a[0]);
                char fill = ' ';
                if (a.Length > 1)
                {
                    string f = ArgStr(a[1], name);
                    if (f.Length != 1)
                    {
                        throw Ops.TypeError("The fill character must be exactly one character long");
                    }
                    fill = f[0];
                }
                if (width <= s.Length)
                {
                    return new Value(s);
                }
                vm.Charge(2 * width + 24);
                int pad = (int)width - s.Length;
                if (name == "rjust")
                {
                    return new Value(new string(fill, pad) + s);
                }
                if (name == "ljust")
                {
                    return new Value(s + new string(fill, pad));
                }
                int left = pad / 2 + (pad & (int)width & 1);
                return new Value(new string(fill, left) + s + new string(fill, pad - left));
            }
            case "zfill":
            {
                Builtins.Arity("zfill", a, 1, 1, kn);
                long width = Ops.ToIndex(a[0]);
                if (width <= s.Length)
                {
                    return new Value(s);
                }
                vm.Charge(2 * width + 24);
                int pad = (int)width - s.Length;
                if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
                {
                    return new Value(s[0] + new string('0', pad) + s[1..]);
                }
                return new Value(new string('0', pad) + s);
            }
            case "isdigit":
            case "isdecimal":
            case "isnumeric":
                return Value.Bool(s.Length > 0 && All(s, char.IsDigit));
            case "isalpha": return Value.Bool(s.Length > 0 && All(s, char.IsLetter));
            case "isalnum": return Value.Bool(s.Length > 0 && All(s, char.IsLetterOrDigit));
            case "isspace": return Value.Bool(s.Length > 0 && All(s, char.IsWhiteSpace));
            case "isupper": return Value.Bool(Any(s, char.IsUpper) && !Any(s, char.IsLower));
            case "islower": return Value.Bool(Any(s, char.IsLower) && !Any(s, char.IsUpper));
            case "partition":
            case "rpartition":
            {
                Builtins.Arity(name, a, 1, 1, kn);
                string sep = ArgStr(a[0], name);
                if (sep.Length == 0)
                {
                    throw Ops.ValueError("empty separator");
                }
                int i = name == "partition" ? s.IndexOf(sep, StringComparison.Ordinal) : s.LastIndexOf(sep, StringComparison.Ordinal);
                Value[] parts = i < 0
                    ? (name == "partition" ? new[] { new Value(s), new Value(""), new Value("") } : new[] { new Value(""), new Value(""), new Value(s) })
                    : new[] { new Value(s[..i]), new Value(sep), new Value(s[(i + sep.Length)..]) };
                return new Value(new PyTuple(parts));
            }
            case "removeprefix":
                Builtins.Arity(name, a, 1, 1, kn);
                return new Value(s.StartsWith(ArgStr(a[0], name), StringComparison.Ordinal) ? s[ArgStr(a[0], name).Length..] : s);
            case "removesuffix":
            {
                Builtins.Arity(name, a, 1, 1, kn);
                string suf = ArgStr(a[0], name);
                return new Value(suf.Length > 0 && s.EndsWith(suf, StringComparison.Ordinal) ? s[..^suf.Length] : s);
            }
            case "format":
                return Str(vm, StrFormat.Format(s, a, kn, kv));
        }
        throw PyError.Of(ExcType.AttributeError, $"'str' object has no attribute '{name}'");
    }
}
