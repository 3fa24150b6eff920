namespace Market.Jobs.Runtime;

/// <summary>Carries a Python exception out of native code into the interpreter loop.</summary>
internal sealed class PyError : System.Exception
{
    public PyError(PyException exc)
        : base(exc.Type.Name)
    {
        Exc = exc;
    }

    public PyException Exc { get; }

    public static PyError Of(ExcType type, string message) => new(new PyException(type, new[] { new Value(message) }));
}
