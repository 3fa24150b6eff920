using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Market.Jobs.Runtime;

/// <summary>
/// A job-language value: small ints, floats, bools and None are unboxed (a <see cref="Tag"/> plus 64 bits);
/// everything else is a reference to a heap object (string, <see cref="PyBigInt"/>, <see cref="PyList"/>, ...).
/// </summary>
/// <remarks>The default value (null object) means "unbound" and never escapes to user code.</remarks>
internal readonly struct Value
{
    public readonly object? Obj;
    public readonly long Bits;

    private Value(object? obj, long bits)
    {
        Obj = obj;
        Bits = bits;
    }

    public Value(object obj)
    {
        Obj = obj;
        Bits = 0;
    }

    public static readonly Value None = new(Tag.None, 0);
    public static readonly Value True = new(Tag.Bool, 1);
    public static readonly Value False = new(Tag.Bool, 0);
    public static readonly Value Unbound = default;

    public bool IsUnbound => Obj is null;

    public bool IsInt => ReferenceEquals(Obj, Tag.Int);

    public bool IsFloat => ReferenceEquals(Obj, Tag.Float);

    public bool IsBool => ReferenceEquals(Obj, Tag.Bool);

    public bool IsNone => ReferenceEquals(Obj, Tag.None);

    public bool IsBig => Obj is PyBigInt;

    /// <summary>int or bool or big int: the integral kinds.</summary>
    public bool IsIntegral => IsInt || IsBool || Obj is PyBigInt;

    public bool IsNumber => IsInt || IsFloat || IsBool || Obj is PyBigInt;

    public double Float => BitConverter.Int64BitsToDouble(Bits);

    public string Str => (string)Obj!;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Int(long v) => new(Tag.Int, v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value FromDouble(double d) => new(Tag.Float, BitConverter.DoubleToInt64Bits(d));

    public static Value Bool(bool b) => b ? True : False;

    public static Value Str_(string s) => new(s);

    public static Value Big(BigInteger v) =>
        v >= long.MinValue && v <= long.MaxValue ? Int((long)v) : new Value(new PyBigInt(v));

    /// <summary>The integer value of an int, bool or big int.</summary>
    public BigInteger AsBig => Obj is PyBigInt b ? b.V : new BigInteger(Bits);

    public override string ToString() => Ops.Repr(this);
}
