namespace Market.Jobs.Runtime;

/// <summary>Attribute access: math members, method values, and the few data attributes there are.</summary>
internal static class Attributes
{
    public static Value Get(Vm vm, Value obj, string name)
    {
        switch (obj.Obj)
        {
            case PyModule:
                if (MathModule.TryGet(name, out Value mv))
                {
                    return mv;
                }
                throw PyError.Of(ExcType.AttributeError, $"module 'math' has no attribute '{name}'");
            case BuiltinFunction bf:
                if (name == "__name__")
                {
                    return new Value(bf.Name);
                }
                if (bf.IsType && Methods.Has(bf.Name, name))
                {
                    return new Value(new BoundMethod(default, bf.Name, name));
                }
                break;
            case ExcType et:
                if (name == "__name__")
                {
                    return new Value(et.Name);
                }
                break;
            case PyFunction f:
                if (name == "__name__")
                {
                    return new Value(f.Code.Name);
                }
                break;
            case PyException e:
                if (name == "args")
                {
                    return new Value(new PyTuple(e.Args));
                }
                break;
            default:
                string type = Ops.TypeName(obj);
                if (Methods.Has(type, name))
                {
                    return new Value(new BoundMethod(obj, type, name));
                }
                if (obj.IsIntegral || obj.IsFloat)
                {
                    switch (name)
                    {
                        case "real": return obj.IsBool ? Value.Int(obj.Bits) : obj;
                        case "imag": return obj.IsFloat ? Value.FromDouble(0) : Value.Int(0);
                    }
                }
                break;
        }
        string owner = obj.Obj is BuiltinFunction { IsType: true } t ? $"type object '{t.Name}'" : $"'{Ops.TypeName(obj)}' object";
        throw PyError.Of(ExcType.AttributeError, $"{owner} has no attribute '{name}'");
    }
}
