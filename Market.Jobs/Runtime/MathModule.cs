using System;
using System.Collections.Generic;
using System.Numerics;

namespace Market.Jobs.Runtime;

/// <summary>The <c>math</c> module.</summary>
internal static class MathModule
{
    private static readonly Dictionary<string, Value> Members = Build();

    public static bool TryGet(string name, out Value v) => Members.TryGetValue(name, out v);

    public static IEnumerable<BuiltinFunction> Functions
    {
        get
        {
            foreach (var v in Members.Values)
            {
                if (v.Obj is BuiltinFunction f)
                {
                    yield return f;
                }
            }
        }
    }

    private static Dictionary<string, Value> Build()
    {
        var m = new Dictionary<string, Value>
        {
            ["pi"] = Value.FromDouble(Math.PI),
            ["e"] = Value.FromDouble(Math.E),
            ["tau"] = Value.FromDouble(2 * Math.PI),
            ["inf"] = Value.FromDouble(double.PositiveInfinity),
            ["nan"] = Value.FromDouble(double.NaN),
        };
        void F1(string name, Func<double, double> f, Func<double, bool>? domainOk = null)
        {
            m[name] = new Value(new BuiltinFunction("math." + name, (vm, a, kn, kv) =>
            {
                Builtins.Arity("math." + name, a, 1, 1, kn);
                double x = Builtins.ToFloat(a[0], name);
                if (domainOk != null && !domainOk(x))
                {
                    throw Ops.ValueError("math domain error");
                }
                double r = f(x);
                if (double.IsNaN(r) && !double.IsNaN(x))
                {
                    throw Ops.ValueError("math domain error");
                }
                if (double.IsInfinity(r) && !double.IsInfinity(x))
                {
                    throw PyError.Of(ExcType.OverflowError, "math range error");
                }
                return Value.FromDouble(r);
            }));
        }
        F1("sqrt", Math.Sqrt, x => x >= 0 || double.IsNaN(x));
        F1("sin", Math.Sin, x => !double.IsInfinity(x));
        F1("cos", Math.Cos, x => !double.IsInfinity(x));
        F1("tan", Math.Tan, x => !double.IsInfinity(x));
        F1("asin", Math.Asin);
        F1("acos", Math.Acos);
        F1("atan", Math.Atan);
        F1("exp", Math.Exp);
        F1("log10", Math.Log10, x => x > 0 || double.IsNaN(x));
        F1("log2", Math.Log2, x => x > 0 || double.IsNaN(x));
        F1("fabs", Math.Abs);
        F1("sinh", Math.Sinh);
        F1("cosh", Math.Cosh);
        F1("tanh", Math.Tanh);
        F1("degrees", x => x * (180.0 / Math.PI));
        F1("radians", x => x * (Math.PI / 180.0));
        m["log"] = Native("log", (vm, a) =>
        {
            Builtins.Arity("log", a, 1, 2, null);
            double x = LogOf(a[0]);
            if (a.Length == 2)
            {
                double b = LogOf(a[1]);
                if (b == 0)
                {
                    throw PyError.Of(ExcType.ZeroDivisionError, "float division by zero");
                }
                return Value.FromDouble(x / b);
            }
            return Value.FromDouble(x);
        });
        m["atan2"] = Native("atan2", (vm, a) =>
        {
            Builtins.Arity("atan2", a, 2, 2, null);
            return Value.FromDouble(Math.Atan2(Builtins.ToFloat(a[0], "atan2"), Builtins.ToFloat(a[1], "atan2")));
        });
        m["hypot"] = Native("hypot", (vm, a) =>
        {
            double s = 0;
            if (a.Length == 2)
            {
                return Value.FromDouble(Hypot(Builtins.ToFloat(a[0], "hypot"), Builtins.ToFloat(a[1], "hypot")));
            }
            foreach (var x in a)
            {
                double d = Builtins.ToFloat(x, "hypot");
                s += d * d;
            }
            return Value.FromDouble(Math.Sqrt(s));
        });
        m["pow"] = Native("pow", (vm, a) =>
        {
            Builtins.Arity("pow", a, 2, 2, null);
            double x = Builtins.ToFloat(a[0], "pow"), y = Builtins.ToFloat(a[1], "pow");
            if (x == 0 && y < 0)
            {
                throw Ops.ValueError("math domain error");
            }
            return Value.FromDouble(Ops.FloatPow(x, y));
        });
        m["floor"] = Native("floor", (vm, a) =>
        {
            Builtins.Arity("floor", a, 1, 1, null);
            return a[0].IsIntegral ? Value.Big(a[0].AsBig) : Ops.FloatToInt(Math.Floor(Builtins.ToFloat(a[0], "floor")));
        });
        m["ceil"] = Native("ceil", (vm, a) =>
        {
            Builtins.Arity("ceil", a, 1, 1, null);
            return a[0].IsIntegral ? Value.Big(a[0].AsBig) : Ops.FloatToInt(Math.Ceiling(Builtins.ToFloat(a[0], "ceil")));
        });
        m["trunc"] = Native("trunc", (vm, a) =>
        {
            Builtins.Arity("trunc", a, 1, 1, null);
            return a[0].IsIntegral ? Value.Big(a[0].AsBig) : Ops.FloatToInt(Builtins.ToFloat(a[0], "trunc"));
        });
        m["gcd"] = Native("gcd", (vm, a) =>
        {
            BigInteger g = 0;
            foreach (var x in a)
            {
                g = BigInteger.GreatestCommonDivisor(g, Builtins.ToBigInt(x, "gcd"));
            }
            return Value.Big(g);
        });
        m["lcm"] = Native("lcm", (vm, a) =>
        {
            BigInteger l = 1;
            foreach (var x in a)
            {
                BigInteger v = BigInteger.Abs(Builtins.ToBigInt(x, "lcm"));
                l = v.IsZero || l.IsZero ? 0 : l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return Value.Big(l);
        });
        m["isqrt"] = Native("isqrt", (vm, a) =>
        {
            Builtins.Arity("isqrt", a, 1, 1, null);
            BigInteger n = Builtins.ToBigInt(a[0], "isqrt");
            if (n.Sign < 0)
            {
                throw Ops.ValueError("isqrt() argument must be nonnegative");
            }
            return Value.Big(ISqrt(n));
        });
        m["factorial"] = Native("factorial", (vm, a) =>
        {
            Builtins.Arity("factorial", a, 1, 1, null);
            if (!a[0].IsIntegral)
            {
                throw Ops.TypeError("'float' object cannot be interpreted as an integer");
            }
            long n = Ops.ToIndex(a[0]);
            if (n < 0)
            {
                throw Ops.ValueError("factorial() not defined for negative values");
            }
            vm.Charge(n * 2);
            BigInteger r = 1;
            for (long i = 2; i <= n; i++)
            {
                r *= i;
            }
            return Value.Big(r);
        });
        m["isclose"] = new Value(new BuiltinFunction("isclose", (vm, a, kn, kv) =>
        {
            double rel = 1e-09, abs = 0.0;
            for (int i = 0; kn != null && i < kn.Length; i++)
            {
                if (kn[i] == "rel_tol")
                {
                    rel = Builtins.ToFloat(kv[i], "isclose");
                }
                else if (kn[i] == "abs_tol")
                {
                    abs = Builtins.ToFloat(kv[i], "isclose");
                }
            }
            double x = Builtins.ToFloat(a[0], "isclose"), y = Builtins.ToFloat(a[1], "isclose");
            if (x == y)
            {
                return Value.True;
            }
            if (double.IsInfinity(x) || double.IsInfinity(y))
            {
                return Value.False;
            }
            double diff = Math.Abs(y - x);
            return Value.Bool(diff <= Math.Abs(rel * y) || diff <= Math.Abs(rel * x) || diff <= abs);
        }));
        m["isnan"] = Native("isnan", (vm, a) => Value.Bool(double.IsNaN(Builtins.ToFloat(a[0], "isnan"))));
        m["isinf"] = Native("isinf", (vm, a) => Value.Bool(double.IsInfinity(Builtins.ToFloat(a[0], "isinf"))));
        m["isfinite"] = Native("isfinite", (vm, a) => Value.Bool(double.IsFinite(Builtins.ToFloat(a[0], "isfinite"))));
        m["copysign"] = Native("copysign", (vm, a) => Value.FromDouble(Math.CopySign(Builtins.ToFloat(a[0], "copysign"), Builtins.ToFloat(a[1], "copysign"))));
        m["fsum"] = Native("fsum", (vm, a) =>
        {
            double s = 0, c = 0;
            foreach (var x in Iteration.ToArray(vm, a[0]))
            {
                double y = Builtins.ToFloat(x, "fsum") - c;
                double t = s + y;
                c = (t - s) - y;
                s = t;
            }
            return Value.FromDouble(s);
        });
        return m;
    }

    private static Value Native(string name, Func<Vm, ReadOnlySpan<Value>, Value> f) =>
        new(new BuiltinFunction("math." + name, (vm, a, kn, kv) =>
        {
            Builtins.NoKeywords("math." + name, kn);
            return f(vm, a);
        }));

    private static double LogOf(Value v)
    {
        if (v.Obj is PyBigInt b)
        {
            if (b.V.Sign <= 0)
            {
                throw Ops.ValueError("math domain error");
            }
            return BigInteger.Log(b.V);
        }
        double x = Builtins.ToFloat(v, "log");
        if (x <= 0)
        {
            throw Ops.ValueError("math domain error");
        }
        return Math.Log(x);
    }

    private static double Hypot(double x, double y)
    {
        if (double.IsInfinity(x) || double.IsInfinity(y))
        {
            return double.PositiveInfinity;
        }
        x = Math.Abs(x);
        y = Math.Abs(y);
        double max = Math.Max(x, y), min = Math.Min(x, y);
        if (max == 0)
        {
            return 0;
        }
        if (max < 1e150 && min > 1e-150)
        {
            return Math.Sqrt(Math.FusedMultiplyAdd(x, x, y * y));
        }
        double r = min / max;
        return max * Math.Sqrt(1 + r * r);
    }

    public static BigInteger ISqrt(BigInteger n)
    {
        if (n < 2)
        {
            return n;
        }
        // Newton's method from above: start at a power of two not below the root.
        BigInteger x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            BigInteger y = (x + n / x) >> 1;
            if (y >= x)
            {
                return x;
            }
            x = y;
        }
    }
}
