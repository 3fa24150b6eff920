using System;
using System.Text;

namespace Market.Jobs.Runtime;

/// <summary>str.format: <c>{}</c>, <c>{0}</c>, <c>{name}</c>, conversions and format specs.</summary>
internal static class StrFormat
{
    public static string Format(string s, ReadOnlySpan<Value> args, string[]? kn, ReadOnlySpan<Value> kv)
    {
        var sb = new StringBuilder();
        int auto = 0;
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '{' && i + 1 < s.Length && s[i + 1] == '{')
            {
                sb.Append('{');
                i += 2;
                continue;
            }
            if (c == '}' && i + 1 < s.Length && s[i + 1] == '}')
            {
                sb.Append('}');
                i += 2;
                continue;
            }
            if (c == '}')
            {
                throw Ops.ValueError("Single '}' encountered in format string");
            }
            if (c != '{')
            {
                sb.Append(c);
                i++;
                continue;
            }
            int close = s.IndexOf('}', i);
            if (close < 0)
            {
                throw Ops.ValueError("Single '{' encountered in format string");
            }
            string field = s[(i + 1)..close];
            i = close + 1;
            string spec = "";
            int colon = field.IndexOf(':');
            if (colon >= 0)
            {
                spec = field[(colon + 1)..];
                field = field[..colon];
            }
            char conv = '\0';
            int bang = field.IndexOf('!');
            if (bang >= 0)
            {
                conv = bang + 1 < field.Length ? field[bang + 1] : '\0';
                field = field[..bang];
            }
            Value v;
            if (field.Length == 0)
            {
                if (auto >= args.Length)
                {
                    throw PyError.Of(ExcType.IndexError, $"Replacement index {auto} out of range for positional args tuple");
                }
                v = args[auto++];
            }
            else if (int.TryParse(field, out int idx))
            {
                if (idx >= args.Length)
                {
                    throw PyError.Of(ExcType.IndexError, $"Replacement index {idx} out of range for positional args tuple");
                }
                v = args[idx];
            }
            else
            {
                int k = kn == null ? -1 : Array.IndexOf(kn, field);
                if (k < 0)
                {
                    throw new PyError(new PyException(ExcType.KeyError, new[] { new Value(field) }));
                }
                v = kv[k];
            }
            if (conv == 'r')
            {
                v = new Value(Ops.Repr(v));
            }
            else if (conv == 's')
            {
                v = new Value(Ops.Str(v));
            }
            sb.Append(Ops.Format(v, spec));
        }
        return sb.ToString();
    }
}
