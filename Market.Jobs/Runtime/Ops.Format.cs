using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Market.Jobs.Runtime;

/// <summary>format(value, spec): Python's format-spec mini-language for str, int and float.</summary>
internal static partial class Ops
{
    public static string Format(Value v, string spec)
    {
        if (spec.Length == 0)
        {
            return Str(v);
        }
        int i = 0;
        char fill = ' ';
        char align = '\0';
        if (spec.Length >= 2 && spec[1] is '<' or '>' or '^' or '=')
        {
            fill = spec[0];
            align = spec[1];
            i = 2;
        }
        else if (spec[0] is '<' or '>' or '^' or '=')
        {
            align = spec[0];
            i = 1;
        }
        char sign = '-';
        if (i < spec.Length && spec[i] is '+' or '-' or ' ')
        {
            sign = spec[i++];
        }
        bool alt = false;
        if (i < spec.Length && spec[i] == '#')
        {
            alt = true;
            i++;
        }
        if (i < spec.Length && spec[i] == '0')
        {
            if (align == '\0')
            {
                fill = '0';
                align = '=';
            }
            i++;
        }
        int width = 0;
        while (i < spec.Length && char.IsAsciiDigit(spec[i]))
        {
            width = checked(width * 10 + (spec[i++] - '0'));
        }
        char grouping = '\0';
        if (i < spec.Length && spec[i] is ',' or '_')
        {
            grouping = spec[i++];
        }
        int precision = -1;
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            precision = 0;
            int start = i;
            while (i < spec.Length && char.IsAsciiDigit(spec[i]))
            {
                precision = checked(precision * 10 + (spec[i++] - '0'));
            }
            if (i == start)
            {
                throw ValueError("Format specifier missing precision");
            }
        }
        char type = '\0';
        if (i < spec.Length)
        {
            type = spec[i++];
        }
        if (i != spec.Length || width > 100000)
        {
            throw ValueError("Invalid format specifier");
        }
        string body;
        bool negative = false;
        string prefix = "";
        if (v.Obj is string s)
        {
            if (type is not ('\0' or 's'))
            {
                throw ValueError($"Unknown format code '{type}' for object of type 'str'");
            }
            if (sign != '-')
            {
                throw ValueError("Sign not allowed in string format specifier");
            }
            body = precision >= 0 && precision < s.Length ? s[..precision] : s;
            return Pad(body, "", width, fill, align == '\0' ? '<' : align);
        }
        if (v.IsIntegral && type is not ('e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%'))
        {
            if (precision >= 0)
            {
                throw ValueError("Precision not allowed in integer format specifier");
            }
            BigInteger n = v.AsBig;
            negative = n.Sign < 0;
            n = BigInteger.Abs(n);
            switch (type)
            {
                case '\0':
                case 'd':
                case 'n':
                    body = n.ToString(CultureInfo.InvariantCulture);
                    break;
                case 'x':
                case 'X':
                    body = ToRadix(n, 16);
                    if (type == 'X')
                    {
                        body = body.ToUpperInvariant();
                    }
                    prefix = alt ? (type == 'x' ? "0x" : "0X") : "";
                    break;
                case 'o':
                    body = ToRadix(n, 8);
                    prefix = alt ? "0o" : "";
                    break;
                case 'b':
                    body = ToRadix(n, 2);
                    prefix = alt ? "0b" : "";
                    break;
                case 'c':
                    body = char.ConvertFromUtf32((int)n);
                    break;
                default:
                    throw ValueError($"Unknown format code '{type}' for object of type 'int'");
            }
            if (grouping != '\0')
            {
                body = Group(body, grouping, type is 'x' or 'X' or 'o' or 'b' ? 4 : 3);
            }
        }
        else if (v.IsNumber)
        {
            double d = v.IsFloat ? v.Float : ToDouble(v);
            negative = double.IsNegative(d) && !double.IsNaN(d);
            double a = Math.Abs(d);
            body = type switch
            {
                '\0' => FloatFormat.FormatNoType(a, precision),
                'f' or 'F' or 'e' or 'E' or '%' => FloatFormat.FormatFloat(a, type, precision < 0 ? 6 : precision, alt),
                'g' or 'G' => FloatFormat.FormatFloat(a, type, precision < 0 ? 6 : precision, alt),
                _ => throw ValueError($"Unknown format code '{type}' for object of type 'float'"),
            };
            if (grouping != '\0')
            {
                int dot = body.IndexOfAny(new[] { '.', 'e', 'E', '%' });
                string intPart = dot < 0 ? body : body[..dot];
                if (intPart.Length > 0 && char.IsAsciiDigit(intPart[0]))
                {
                    body = Group(intPart, grouping, 3) + (dot < 0 ? "" : body[dot..]);
                }
            }
        }
        else
        {
            throw TypeError($"unsupported format string passed to {TypeName(v)}.__format__");
        }
        string signText = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        return Pad(body, signText + prefix, width, fill, align == '\0' ? '>' : align);
    }

    private static string Pad(string body, string signPrefix, int width, char fill, char align)
    {
        int len = body.Length + signPrefix.Length;
        if (len >= width)
        {
            return signPrefix + body;
        }
        int padding = width - len;
        return align switch
        {
            '<' => signPrefix + body + new string(fill, padding),
            '^' => new string(fill, padding / 2) + signPrefix + body + new string(fill, padding - padding / 2),
            '=' => signPrefix + new string(fill, padding) + body,
            _ => new string(fill, padding) + signPrefix + body,
        };
    }

    private static string Group(string digits, char sep, int every)
    {
        var sb = new StringBuilder();
        int first = digits.Length % every;
        if (first == 0)
        {
            first = every;
        }
        sb.Append(digits, 0, Math.Min(first, digits.Length));
        for (int i = first; i < digits.Length; i += every)
        {
            sb.Append(sep).Append(digits, i, every);
        }
        return sb.ToString();
    }

    public static string ToRadix(BigInteger n, int radix)
    {
        if (n.IsZero)
        {
            return "0";
        }
        var sb = new StringBuilder();
        while (n > 0)
        {
            int d = (int)(n % radix);
            sb.Insert(0, (char)(d < 10 ? '0' + d : 'a' + d - 10));
            n /= radix;
        }
        return sb.ToString();
    }
}
