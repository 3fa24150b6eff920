using System.Buffers;
using System.Globalization;
using System.Text.Unicode;
using Market.Engine;

namespace Market.Reports;

/// <summary>Writes elements that hold only attributes and other elements, as UTF-8 bytes into a
/// buffer, byte for byte as <see cref="System.Xml.XmlWriter"/> writes them with
/// <c>Indent = true</c>, <c>NewLineChars = "\n"</c> and UTF-8 without a byte-order mark: each
/// element on its own line, indented two spaces a level, an empty one closed with <c> /&gt;</c>.</summary>
/// <remarks>A report holds millions of attributes; XmlWriter spends about a microsecond on each
/// dispatch element checking names and state that are fixed here, and every value passes through
/// characters before it is encoded. Values are formatted straight into the buffer instead.
/// Text is escaped as XmlWriter escapes attribute values; text with a character XmlWriter rejects
/// (or may treat specially) is handed to XmlWriter itself, so it is rejected with XmlWriter's own
/// exception. A full buffer is handed to the stream's <see cref="Stream.WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/>
/// and the next is filled meanwhile: a file's write copies the bytes into the page cache, which on a
/// run's 290 MB report costs about as much as formatting them, and the two then share the cores.
/// A report smaller than the buffer is written with one synchronous write. Not thread-safe.</remarks>
internal sealed class Utf8XmlWriter
{
    /// <summary>Room every bounded item (a number, an id, a time, an entity) fits in.</summary>
    public const int ItemBytes = 64;

    private const int BufferBytes = 1 << 20;

    /// <summary>The characters an attribute value escapes.</summary>
    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>\"\t\n\r");

    private readonly Stream output;
    private readonly Utf8Time time = new();
    private byte[] buffer = new byte[BufferBytes];
    private int used;

    /// <summary>The buffer handed to the stream last, once there is one.</summary>
    private byte[]? spare;

    /// <summary>The stream's write of <see cref="spare"/>, until it is known to be done.</summary>
    private Task? pending;

    /// <summary>True while the last element's start tag is open (attributes may follow).</summary>
    private bool startOpen;

    /// <summary>A writer into <paramref name="output"/>.</summary>
    public Utf8XmlWriter(Stream output) => this.output = output;

    /// <summary>The XML declaration XmlWriter writes for a UTF-8 document.</summary>
    public void Declaration() => Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8);

    /// <summary>Opens element <paramref name="name"/> at <paramref name="depth"/> (the root is 0);
    /// attributes follow.</summary>
    public void StartElement(ReadOnlySpan<byte> name, int depth)
    {
        Span<byte> d = Reserve(ItemBytes + name.Length);
        int n = StartLine(d, depth);
        d[n++] = (byte)'<';
        name.CopyTo(d[n..]);
        Advance(n + name.Length);
        startOpen = true;
    }

    /// <summary>Closes element <paramref name="name"/> at <paramref name="depth"/>: <c> /&gt;</c>
    /// if nothing was written in it, else an end tag on its own line.</summary>
    /// <param name="name">The element's name.</param>
    /// <param name="depth">Its depth.</param>
    /// <param name="empty">True if it has no children.</param>
    public void EndElement(ReadOnlySpan<byte> name, int depth, bool empty)
    {
        if (empty)
        {
            Raw(" />"u8);
            startOpen = false;
            return;
        }

        Span<byte> d = Reserve(ItemBytes + name.Length);
        int n = StartLine(d, depth);
        "</"u8.CopyTo(d[n..]);
        n += 2;
        name.CopyTo(d[n..]);
        n += name.Length;
        d[n++] = (byte)'>';
        Advance(n);
        startOpen = false;
    }

    /// <summary>Ends the open start tag, if any, before a child element.</summary>
    public void BeforeChild()
    {
        if (startOpen)
        {
            Raw(">"u8);
            startOpen = false;
        }
    }

    /// <summary>Writes bytes as they are.</summary>
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > buffer.Length - used)
        {
            Flush();
            if (bytes.Length > buffer.Length)
            {
                WaitForWrite();
                output.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(buffer.AsSpan(used));
        used += bytes.Length;
    }

    /// <summary>At least <paramref name="bytes"/> (at most the buffer's size) free bytes to write
    /// into; <see cref="Advance"/> says how many were written.</summary>
    public Span<byte> Reserve(int bytes)
    {
        if (bytes > buffer.Length - used)
        {
            Flush();
        }

        return buffer.AsSpan(used);
    }

    /// <summary>Counts <paramref name="bytes"/> written into the span <see cref="Reserve"/> gave.</summary>
    public void Advance(int bytes) => used += bytes;

    /// <summary>An attribute whose value is escaped text: <c> name="value"</c>.</summary>
    public void TextAttribute(ReadOnlySpan<byte> nameEqualsQuote, string value)
    {
        Raw(nameEqualsQuote);
        Text(value);
        Raw("\""u8);
    }

    /// <summary>An attribute whose value is a decimal: <c> name="value"</c>.</summary>
    public void DecimalAttribute(ReadOnlySpan<byte> nameEqualsQuote, decimal value)
    {
        Span<byte> d = ValueAfter(nameEqualsQuote);
        value.TryFormat(d, out int written, default, CultureInfo.InvariantCulture);
        EndValue(nameEqualsQuote, written);
    }

    /// <summary>An attribute whose value is an integer; an id's letter goes with the name (<c> job="J</c>).</summary>
    public void NumberAttribute(ReadOnlySpan<byte> nameEqualsQuote, long value)
        => EndValue(nameEqualsQuote, Number(value, ValueAfter(nameEqualsQuote)));

    /// <summary>An attribute whose value is an amount of micro-units as a decimal of units.</summary>
    public void MicroAttribute(ReadOnlySpan<byte> nameEqualsQuote, long micro)
        => EndValue(nameEqualsQuote, Micro(micro, ValueAfter(nameEqualsQuote)));

    /// <summary>An attribute whose value is a time as <see cref="ReportWriter.Time"/> writes it.</summary>
    public void TimeAttribute(ReadOnlySpan<byte> nameEqualsQuote, Instant t)
        => EndValue(nameEqualsQuote, time.Format(t, ValueAfter(nameEqualsQuote)));

    /// <summary>Writes <paramref name="value"/> (an integer) into <paramref name="destination"/>; the bytes written.</summary>
    public static int Number(long value, Span<byte> destination) => Utf8Digits.Signed(value, destination);

    /// <summary>Writes <paramref name="micro"/> millionths as the invariant decimal
    /// <c>micro / 1_000_000m</c> prints (no trailing zeros: decimal division normalizes); the bytes
    /// written. Needs 8 bytes past them.</summary>
    public static int Micro(long micro, Span<byte> destination)
    {
        int n = 0;
        ulong magnitude = unchecked((ulong)micro);
        if (micro < 0)
        {
            destination[n++] = (byte)'-';
            magnitude = unchecked(0 - magnitude);
        }

        ulong whole = magnitude / 1_000_000;
        int fraction = (int)(magnitude - (whole * 1_000_000));
        n += Utf8Digits.Unsigned(whole, destination[n..]);
        return fraction == 0 ? n : n + Utf8Digits.Fraction6(fraction, destination[n..]);
    }

    /// <summary>The writer's time formatter (it keeps the last day it wrote).</summary>
    public Utf8Time TimeFormatter => time;

    /// <summary>Writes the rest to the stream, waits until the stream has it all, and flushes it.</summary>
    public void Finish()
    {
        WaitForWrite();
        output.Write(buffer, 0, used);
        used = 0;
        output.Flush();
    }

    /// <summary>Waits for a write still in progress, ignoring how it ends: for a caller that is
    /// giving up on the report (it is throwing), so that the stream is not written after it returns.</summary>
    public void Abandon()
    {
        try
        {
            WaitForWrite();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException or InvalidOperationException)
        {
            // The report is broken anyway; the caller's exception says why.
        }
    }

    /// <summary>Hands the full buffer to the stream and goes on in the other one.</summary>
    private void Flush()
    {
        WaitForWrite();
        pending = output.WriteAsync(buffer.AsMemory(0, used)).AsTask();
        (buffer, spare) = (spare ?? new byte[BufferBytes], buffer);
        used = 0;
    }

    private void WaitForWrite()
    {
        Task? write = pending;
        pending = null;
        write?.GetAwaiter().GetResult();
    }

    /// <summary>The text of an attribute value, escaped as XmlWriter escapes it.</summary>
    private void Text(string value)
    {
        if (Utf8Text.NeedsXmlWriter(value))
        {
            Raw(Utf8Text.ThroughXmlWriter(value));
            return;
        }

        ReadOnlySpan<char> rest = value;
        while (!rest.IsEmpty)
        {
            int stop = rest.IndexOfAny(Escaped);
            ReadOnlySpan<char> run = stop < 0 ? rest : rest[..stop];
            while (!run.IsEmpty)
            {
                // A surrogate pair that does not fit is left whole for the next buffer.
                OperationStatus status = Utf8.FromUtf16(run, Reserve(ItemBytes), out int read, out int written, replaceInvalidSequences: false);
                Advance(written);
                run = run[read..];
                if (status is not (OperationStatus.Done or OperationStatus.DestinationTooSmall))
                {
                    throw new InvalidOperationException("Text that XmlWriter would reject reached the UTF-8 encoder.");
                }
            }

            if (stop < 0)
            {
                break;
            }

            Raw(rest[stop] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '"' => "&quot;"u8,
                '\t' => "&#x9;"u8,
                '\n' => "&#xA;"u8,
                _ => "&#xD;"u8,
            });
            rest = rest[(stop + 1)..];
        }
    }

    /// <summary>Writes an attribute's <c> name="</c> and gives the room after it for a bounded value.</summary>
    private Span<byte> ValueAfter(ReadOnlySpan<byte> nameEqualsQuote)
    {
        Span<byte> d = Reserve(ItemBytes + nameEqualsQuote.Length);
        nameEqualsQuote.CopyTo(d);
        return d[nameEqualsQuote.Length..];
    }

    /// <summary>Closes the value <see cref="ValueAfter"/> made room for, <paramref name="valueLength"/> bytes long.</summary>
    private void EndValue(ReadOnlySpan<byte> nameEqualsQuote, int valueLength)
    {
        int n = nameEqualsQuote.Length + valueLength;
        buffer[used + n] = (byte)'"';
        Advance(n + 1);
    }

    /// <summary>Ends the open start tag if it is the parent's, then a new line and the indentation
    /// of <paramref name="depth"/>; the bytes written.</summary>
    private int StartLine(Span<byte> d, int depth)
    {
        int n = 0;
        if (startOpen)
        {
            d[n++] = (byte)'>';
            startOpen = false;
        }

        d[n++] = (byte)'\n';
        d.Slice(n, 2 * depth).Fill((byte)' ');
        return n + (2 * depth);
    }
}
