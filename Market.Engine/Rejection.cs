namespace Market.Engine;

/// <summary>Why a command was refused. A refused command changes nothing.</summary>
/// <param name="Code">The kind of refusal, for programs.</param>
/// <param name="Field">The input field at fault (e.g. <c>price</c>, <c>lease</c>).</param>
/// <param name="Message">A sentence for a person.</param>
public readonly record struct Rejection(RejectionCode Code, string Field, string Message)
{
    /// <summary><c>field: message</c>.</summary>
    public override string ToString() => Field + ": " + Message;
}
