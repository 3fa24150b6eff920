using System;
using System.Globalization;
using System.Text;

namespace Market.Jobs.Runtime;

/// <summary>CPython's float repr: the shortest round-trip digits, laid out by Python's rules.</summary>
internal static class FloatFormat
{
    public static string Repr(double d)
    {
        if (double.IsNaN(d))
        {
            return "nan";
        }
        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0)
        {
            return BitConverter.DoubleToInt64Bits(d) < 0 ? "-0.0" : "0.0";
        }
        (string digits, int decpt) = ShortestDigits(Math.Abs(d));
        string sign = d < 0 ? "-" : "";
        if (decpt > -4 && decpt <= 16)
        {
            return sign + Fixed(digits, decpt, true);
        }
        return sign + Sci(digits, decpt);
    }

    /// <summary>Shortest digits with value = 0.DIGITS × 10^decpt (no leading or trailing zeros).</summary>
    public static (string Digits, int DecPt) ShortestDigits(double a)
    {
        string r = a.ToString("R", CultureInfo.InvariantCulture);
        int e = 0;
        int ei = r.IndexOfAny(new[] { 'E', 'e' });
        string m = r;
        if (ei >= 0)
        {
            e = int.Parse(r.AsSpan(ei + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            m = r[..ei];
        }
        int point = m.IndexOf('.');
        string digits = point >= 0 ? m.Remove(point, 1) : m;
        int decpt = (point >= 0 ? point : m.Length) + e;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
        }
        digits = digits[lead..];
        decpt -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }
        return (digits, decpt);
    }

    private static string Fixed(string digits, int decpt, bool forceDot)
    {
        var sb = new StringBuilder();
        if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (forceDot)
            {
                sb.Append(".0");
            }
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return sb.ToString();
    }

    private static string Sci(string digits, int decpt)
    {
        var sb = new StringBuilder();
        sb.Append(digits[0]);
        if (digits.Length > 1)
        {
            sb.Append('.').Append(digits, 1, digits.Length - 1);
        }
        int exp = decpt - 1;
        sb.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>Formats with a presentation type f, e, g or % and a precision, as Python's format() does.</summary>
    public static string FormatFloat(double d, char type, int precision, bool alternate)
    {
        if (double.IsNaN(d))
        {
            return char.IsUpper(type) ? "NAN" : "nan";
        }
        if (double.IsInfinity(d))
        {
            string s = d > 0 ? "inf" : "-inf";
            return char.IsUpper(type) ? s.ToUpperInvariant() : s;
        }
        switch (type)
        {
            case 'f':
            case 'F':
                return FixNegZero(d, d.ToString("F" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            case '%':
                return FormatFloat(d * 100, 'f', precision, alternate) + "%";
            case 'e':
            case 'E':
            {
                string s = d.ToString((type == 'e' ? "e" : "E") + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                // .NET prints three exponent digits; Python prints at least two.
                int ei = s.IndexOfAny(new[] { 'e', 'E' });
                string mant = s[..ei];
                int exp = int.Parse(s.AsSpan(ei + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                return FixNegZero(d, mant) + s[ei] + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
            }
            default:
            {
                // 'g': precision significant digits, exponent form when exp < -4 or exp >= precision.
                int p = precision == 0 ? 1 : precision;
                if (d == 0)
                {
                    return double.IsNegative(d) ? "-0" : "0";
                }
                string e = FormatFloat(d, 'e', p - 1, false);
                int ei = e.IndexOf('e');
                int exp = int.Parse(e.AsSpan(ei + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                string res;
                if (exp >= -4 && exp < p)
                {
                    res = FormatFloat(d, 'f', p - 1 - exp, false);
                    if (!alternate && res.Contains('.'))
                    {
                        res = res.TrimEnd('0').TrimEnd('.');
                    }
                }
                else
                {
                    string mant = e[..ei];
                    if (!alternate && mant.Contains('.'))
                    {
                        mant = mant.TrimEnd('0').TrimEnd('.');
                    }
                    res = mant + e[ei..];
                }
                return char.IsUpper(type) ? res.ToUpperInvariant() : res;
            }
        }
    }

    private static string FixNegZero(double d, string s)
    {
        if (double.IsNegative(d) && !s.StartsWith('-'))
        {
            return "-" + s;
        }
        return s;
    }

    /// <summary>str(float) / repr(float) as used with a format spec without a type: like repr, or 'g'-ish with precision.</summary>
    public static string FormatNoType(double d, int precision)
    {
        if (precision < 0)
        {
            return Repr(d);
        }
        string s = FormatFloat(d, 'g', precision, false);
        if (!s.Contains('.') && !s.Contains('e') && !s.Contains("inf") && !s.Contains("nan"))
        {
            // Python's empty presentation type with a precision keeps at least one digit after the point.
            return s + ".0";
        }
        return s;
    }
}
