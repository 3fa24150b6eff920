using System.Text;
using System.Xml;

namespace Market.Reports;

/// <summary>The attribute text <see cref="Utf8XmlWriter"/> leaves to <see cref="XmlWriter"/>: any
/// with a character XmlWriter rejects or that is not plainly a character (a control character other
/// than tab, line feed and carriage return, DEL, a lone surrogate, U+FFFE, U+FFFF). XmlWriter then
/// throws its own exception for it, or, if it accepts it, escapes it as it likes.</summary>
internal static class Utf8Text
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        Encoding = new UTF8Encoding(false),
        NewLineChars = "\n",
        ConformanceLevel = ConformanceLevel.Fragment,
        OmitXmlDeclaration = true,
    };

    /// <summary>True if <paramref name="value"/> has a character only XmlWriter should judge.</summary>
    public static bool NeedsXmlWriter(string value)
    {
        ReadOnlySpan<char> s = value;

        // Most text is printable ASCII and BMP characters before the surrogates: one vectorized scan.
        int at = s.IndexOfAnyExceptInRange(' ', '~');
        while (at >= 0)
        {
            char c = s[at];
            if (c is '\t' or '\n' or '\r' || (c > '\x7F' && c < '\uD800') || (c >= '\uE000' && c < '\uFFFE'))
            {
                at++;
            }
            else if (char.IsHighSurrogate(c) && at + 1 < s.Length && char.IsLowSurrogate(s[at + 1]))
            {
                at += 2;
            }
            else
            {
                return true;
            }

            int next = s[at..].IndexOfAnyExceptInRange(' ', '~');
            at = next < 0 ? -1 : at + next;
        }

        return false;
    }

    /// <summary>The bytes XmlWriter writes for <paramref name="value"/> as an attribute value.</summary>
    /// <exception cref="ArgumentException">XmlWriter rejects a character in it.</exception>
    public static byte[] ThroughXmlWriter(string value)
    {
        using var stream = new MemoryStream();
        using (XmlWriter w = XmlWriter.Create(stream, Settings))
        {
            w.WriteStartElement("a");
            w.WriteAttributeString("v", value);
            w.WriteEndElement();
        }

        // The writer wrote <a v="VALUE" />.
        byte[] all = stream.ToArray();
        const int Before = 6;
        const int After = 4;
        return all[Before..^After];
    }
}
