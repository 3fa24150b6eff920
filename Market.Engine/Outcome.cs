using System;

namespace Market.Engine;

/// <summary>The result of a command: a value when accepted, a <see cref="Rejection"/> when refused.</summary>
/// <typeparam name="T">The value of an accepted command.</typeparam>
public readonly struct Outcome<T>
{
    private readonly T value;
    private readonly Rejection rejection;

    private Outcome(T value, Rejection rejection, bool accepted)
    {
        this.value = value;
        this.rejection = rejection;
        IsAccepted = accepted;
    }

    /// <summary>True when the command took effect.</summary>
    public bool IsAccepted { get; }

    /// <summary>The value of an accepted command.</summary>
    /// <exception cref="InvalidOperationException">The command was rejected.</exception>
    public T Value => IsAccepted ? value : throw new InvalidOperationException("The command was rejected: " + rejection);

    /// <summary>Why the command was refused.</summary>
    /// <exception cref="InvalidOperationException">The command was accepted.</exception>
    public Rejection Rejection => !IsAccepted ? rejection : throw new InvalidOperationException("The command was accepted.");

    /// <summary>An accepted outcome.</summary>
    public static Outcome<T> Accept(T value) => new(value, default, true);

    /// <summary>A refused outcome.</summary>
    public static Outcome<T> Reject(Rejection rejection) => new(default!, rejection, false);

    /// <summary>A refused outcome.</summary>
    public static implicit operator Outcome<T>(Rejection rejection) => Reject(rejection);

    /// <summary>An accepted outcome.</summary>
    public static implicit operator Outcome<T>(T value) => Accept(value);

    /// <inheritdoc/>
    public override string ToString() => IsAccepted ? "accepted: " + value : "rejected: " + rejection;
}
