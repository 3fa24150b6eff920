namespace Market.Jobs.Runtime;

/// <summary>raise and except semantics.</summary>
internal static class Exceptions
{
    /// <summary>What <c>raise X</c> raises: an instance as is, a class instantiated without arguments.</summary>
    public static PyException ToRaise(Value v)
    {
        switch (v.Obj)
        {
            case PyException e:
                return e;
            case ExcType t:
                return new PyException(t, System.Array.Empty<Value>());
            default:
                throw Ops.TypeError("exceptions must derive from BaseException");
        }
    }

    /// <summary>Whether an except clause naming <paramref name="type"/> (a class or tuple of classes) catches the exception.</summary>
    public static bool Matches(PyException exc, Value type)
    {
        switch (type.Obj)
        {
            case ExcType t:
                return exc.Type.IsSubclassOf(t);
            case PyTuple tuple:
                foreach (var item in tuple.Items)
                {
                    if (Matches(exc, item))
                    {
                        return true;
                    }
                }
                return false;
            default:
                throw Ops.TypeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }
}
