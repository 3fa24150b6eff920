using System.Text;
using Market.Engine;

namespace Market.Reports;

/// <summary>Writes <c>dispatch</c> elements, the lines a report has millions of, each in one go:
/// the room for the whole line is reserved once and every value is formatted straight into it.</summary>
internal sealed class DispatchLine(Utf8XmlWriter w)
{
    /// <summary>More than the longest line: the literals, a 20-digit lease, two 11-character ids,
    /// three times and a 21-character price.</summary>
    private const int MaxBytes = 400;

    private readonly RepeatedTime checkedOutText = new(w.TimeFormatter);
    private readonly RepeatedTime deadlineText = new(w.TimeFormatter);
    private readonly RepeatedTime checkedInText = new(w.TimeFormatter);

    /// <summary>Writes the element at depth 2 (a child of <c>dispatches</c>, whose start tag is closed).</summary>
    public void Write(in DispatchValue dispatch)
    {
        Span<byte> d = w.Reserve(MaxBytes);
        int n = Put("\n    <dispatch lease=\"L"u8, d, 0);
        n += Utf8XmlWriter.Number(dispatch.Lease.Value, d[n..]);
        n = Put("\" job=\"J"u8, d, n);
        n += Utf8XmlWriter.Number(dispatch.Job.Value, d[n..]);
        n = Put("\" client=\"C"u8, d, n);
        n += Utf8XmlWriter.Number(dispatch.Client.Value, d[n..]);
        n = Put("\" checkedOut=\""u8, d, n);
        n += checkedOutText.Write(dispatch.CheckedOut, d[n..]);
        n = Put("\" deadline=\""u8, d, n);
        n += deadlineText.Write(dispatch.Deadline, d[n..]);
        if (dispatch.CheckedIn is Instant t)
        {
            n = Put("\" checkedIn=\""u8, d, n);
            n += checkedInText.Write(t, d[n..]);
        }

        n = Put(Outcome(dispatch.Outcome), d, n);
        n += Utf8XmlWriter.Micro(dispatch.Price.MicroPerHour, d[n..]);
        n = Put("\" />"u8, d, n);
        w.Advance(n);
    }

    /// <summary>The outcome attribute and the start of the price after it (constant data, as in
    /// <see cref="Utf8Digits"/>).</summary>
    private static ReadOnlySpan<byte> Outcome(DispatchOutcome outcome) => outcome switch
    {
        DispatchOutcome.Open => "\" outcome=\"open\" price=\""u8,
        DispatchOutcome.Accepted => "\" outcome=\"accepted\" price=\""u8,
        DispatchOutcome.Rejected => "\" outcome=\"rejected\" price=\""u8,
        DispatchOutcome.Expired => "\" outcome=\"expired\" price=\""u8,
        _ => Encoding.UTF8.GetBytes("\" outcome=\"" + ReportWriter.OutcomeName(outcome) + "\" price=\""),
    };

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Put(ReadOnlySpan<byte> literal, Span<byte> d, int at)
    {
        literal.CopyTo(d[at..]);
        return at + literal.Length;
    }
}
