using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Market.Jobs.Tests;

/// <summary>FsCheck-generated arithmetic and expression programs: the VM prints exactly what CPython prints.</summary>
public sealed class ExpressionPropertyTests
{
    private static readonly string[] FloatAtoms = ["0.1", "0.2", "2.5", "-3.75", "1e16", "1e-07", "0.0", "-0.0", "3.0", "123456.789", "1e300", "7.0e-5", "0.3"];

    private static Gen<string> Atom() => Gen.OneOf(
        Gen.Choose(-20, 20).Select(i => i < 0 ? $"({i})" : i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Elements(FloatAtoms).Select(f => f.StartsWith('-') ? $"({f})" : f),
        Gen.Elements("(2 ** 70)", "(-(3 ** 45))", "12345678901234567890", "True", "False"));

    private static Gen<string> Expr(int size)
    {
        if (size <= 1)
        {
            return Atom();
        }
        var sub = Gen.Sized(_ => Expr(size / 2));
        return Gen.OneOf(
            Atom(),
            from a in sub
            from op in Gen.Elements("+", "-", "*", "/", "//", "%", "<", "<=", "==", "!=", ">")
            from b in sub
            select $"({a} {op} {b})",
            from a in sub
            from e in Gen.Choose(-3, 4)
            select $"({a} ** {e})",
            from f in Gen.Elements("abs", "int", "float", "str", "round", "bool", "repr")
            from a in sub
            select $"{f}({a})",
            from f in Gen.Elements("divmod", "min", "max", "round", "pow")
            from a in sub
            from b in Gen.Choose(-3, 5)
            select $"{f}({a}, {b})",
            from a in sub
            from b in sub
            from c in sub
            select $"({a} if {b} else {c})",
            from a in sub
            from b in sub
            select $"({a} and {b} or not {b})");
    }

    [PythonFact]
    public void GeneratedExpressions_RunUnderVm_MatchCPython()
    {
        var specs = new[] { ".3f", ">12", ",", ".2e", "g", "", "08.2f", "^9" };
        var exprs = Gen.Sized(s => Expr(Math.Max(2, s))).Sample(24, 400)
            .Select((e, i) => i % 3 == 0 ? $"f'{{{e}:{specs[i / 3 % specs.Length]}}}'" : e)
            .ToArray();
        var sb = new StringBuilder("def main():\n");
        foreach (var e in exprs)
        {
            sb.Append("    try:\n        print(repr(").Append(e).Append("))\n    except Exception as e:\n        print(type(e).__name__)\n");
        }
        sb.Append("    return 0\n");
        string path = Path.Combine(Path.GetTempPath(), $"market_jobs_exprs_{Environment.ProcessId}.py");
        File.WriteAllText(path, sb.ToString());
        string expected = TestPrograms.RunPython([path])[path];
        var state = JobRunner.RunToEnd(sb.ToString());
        string actual = TestPrograms.VmTranscript(state);
        var el = expected.Split('\n');
        var al = actual.Split('\n');
        for (int i = 0; i < Math.Min(el.Length, al.Length); i++)
        {
            Assert.True(el[i] == al[i], $"expression {exprs[Math.Min(i, exprs.Length - 1)]}\n CPython: {el[i]}\n VM:      {al[i]}");
        }
        Assert.Equal(expected, actual);
    }
}
