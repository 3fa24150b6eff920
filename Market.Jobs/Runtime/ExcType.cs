using System.Collections.Generic;

namespace Market.Jobs.Runtime;

/// <summary>A built-in exception class (serialized by its name).</summary>
internal sealed class ExcType
{
    private static readonly Dictionary<string, ExcType> ByNameMap = new();

    public static readonly ExcType BaseException = new("BaseException", null);
    public static readonly ExcType Exception = new("Exception", BaseException);
    public static readonly ExcType ArithmeticError = new("ArithmeticError", Exception);
    public static readonly ExcType ZeroDivisionError = new("ZeroDivisionError", ArithmeticError);
    public static readonly ExcType OverflowError = new("OverflowError", ArithmeticError);
    public static readonly ExcType LookupError = new("LookupError", Exception);
    public static readonly ExcType IndexError = new("IndexError", LookupError);
    public static readonly ExcType KeyError = new("KeyError", LookupError);
    public static readonly ExcType TypeError = new("TypeError", Exception);
    public static readonly ExcType ValueError = new("ValueError", Exception);
    public static readonly ExcType NameError = new("NameError", Exception);
    public static readonly ExcType UnboundLocalError = new("UnboundLocalError", NameError);
    public static readonly ExcType AttributeError = new("AttributeError", Exception);
    public static readonly ExcType AssertionError = new("AssertionError", Exception);
    public static readonly ExcType RuntimeError = new("RuntimeError", Exception);
    public static readonly ExcType RecursionError = new("RecursionError", RuntimeError);
    public static readonly ExcType NotImplementedError = new("NotImplementedError", RuntimeError);
    public static readonly ExcType MemoryError = new("MemoryError", Exception);
    public static readonly ExcType StopIteration = new("StopIteration", Exception);

    private ExcType(string name, ExcType? baseType)
    {
        Name = name;
        Base = baseType;
        ByNameMap[name] = this;
    }

    public string Name { get; }

    public ExcType? Base { get; }

    public static IReadOnlyDictionary<string, ExcType> ByName => ByNameMap;

    public bool IsSubclassOf(ExcType other)
    {
        for (ExcType? t = this; t != null; t = t.Base)
        {
            if (ReferenceEquals(t, other))
            {
                return true;
            }
        }
        return false;
    }
}
