namespace Market.Jobs.Tests.Syntax;

/// <summary>Compile errors: all reported at once, each with line and column; unsupported features are named.</summary>
public sealed class CompileErrorTests
{
    private static IReadOnlyList<CompileError> Errors(string src)
    {
        var r = JobCompiler.Compile(src);
        Assert.False(r.Success);
        return r.Errors;
    }

    [Fact]
    public void Compile_SeveralErrors_ReportsAllWithPositions()
    {
        const string src = "def main():\n    x = 1 +\n    return 1\n\nclass A:\n    pass\n\ndef g():\n    yield 3\n";
        var errors = Errors(src);
        Assert.Contains(errors, e => e.Line == 5 && e.Column == 1 && e.Message.Contains("classes"));
        Assert.Contains(errors, e => e.Line == 9 && e.Message.Contains("yield"));
        Assert.Contains(errors, e => e.Line == 2);
        Assert.Equal(3, errors.Count);
    }

    [Theory]
    [InlineData("class A:\n    pass\n", 1, 1, "classes")]
    [InlineData("def f():\n    yield 1\n", 2, 5, "yield")]
    [InlineData("def f():\n    with g() as h:\n        pass\n", 2, 5, "'with'")]
    [InlineData("async def f():\n    pass\n", 1, 1, "async")]
    [InlineData("@dec\ndef f():\n    pass\n", 1, 1, "decorators")]
    [InlineData("def f(*args):\n    pass\n", 1, 7, "*args")]
    [InlineData("def f(**kw):\n    pass\n", 1, 7, "**kwargs")]
    [InlineData("def f():\n    return {1, 2}\n", 2, 12, "sets")]
    [InlineData("def f():\n    return 'a %s' % 1\n", 2, 19, "%-formatting")]
    [InlineData("import os\n", 1, 8, "import of 'os'")]
    [InlineData("from math import sqrt\n", 1, 1, "from")]
    [InlineData("def f(x):\n    return g(*x)\n", 2, 14, "*args")]
    [InlineData("def f():\n    return (y := 2)\n", 2, 15, ":=")]
    public void Compile_UnsupportedFeature_NamesItWithPosition(string src, int line, int col, string feature)
    {
        var e = Assert.Single(Errors(src));
        Assert.Equal(line, e.Line);
        Assert.Equal(col, e.Column);
        Assert.Contains(feature, e.Message);
    }

    [Theory]
    [InlineData("def f(:\n    pass\n", 1)]
    [InlineData("def f():\nreturn 1\n", 2)]
    [InlineData("x = 'abc\n", 1)]
    [InlineData("def f():\n    break\n", 2)]
    [InlineData("def f(a, a):\n    pass\n", 1)]
    [InlineData("return 5\n", 1)]
    public void Compile_SyntaxError_ReportsLine(string src, int line)
    {
        var errors = Errors(src);
        Assert.Contains(errors, e => e.Line == line && e.Message.Contains("Error"));
    }

    [Fact]
    public void Compile_UndefinedName_WarnsAndRaisesNameErrorOnlyWhenRun()
    {
        var r = JobCompiler.Compile("def main():\n    if False:\n        return nope\n    return 1\n");
        Assert.True(r.Success);
        var w = Assert.Single(r.Warnings);
        Assert.Equal((3, 16), (w.Line, w.Column));
        var s = JobState.Create(r.Module!);
        JobRunner.Run(s, 1000);
        Assert.Equal("1", s.ResultRepr);
    }

    [Theory]
    [InlineData("(", ")", 5000)]
    [InlineData("[", "]", 5000)]
    [InlineData("-", "", 100000)]
    [InlineData("not ", "", 100000)]
    [InlineData("2 ** ", "", 100000)]
    public void Compile_HostileNesting_ErrorNotCrash(string open, string close, int depth)
    {
        string src = "def main():\n    return " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + "\n";
        Assert.NotEmpty(Errors(src));
    }

    [Fact]
    public void Compile_LongOperatorChain_ErrorNotCrash()
    {
        Assert.NotEmpty(Errors("def main():\n    return 1" + string.Concat(Enumerable.Repeat(" + 1", 100000)) + "\n"));
    }

    [Fact]
    public void Compile_DeepIndentation_ErrorNotCrash()
    {
        var sb = new System.Text.StringBuilder("def main():\n");
        for (int i = 1; i < 300; i++)
        {
            sb.Append(new string(' ', i * 2)).Append("if True:\n");
        }
        sb.Append(new string(' ', 600)).Append("pass\n");
        Assert.NotEmpty(Errors(sb.ToString()));
    }

    [Fact]
    public void Compile_SameSource_SameHash()
    {
        Assert.Equal(JobCompiler.Compile("def main():\n    return 1\n").Module!.Hash, JobCompiler.Compile("def main():\n    return 1\n").Module!.Hash);
        Assert.NotEqual(JobCompiler.Compile("def main():\n    return 1\n").Module!.Hash, JobCompiler.Compile("def main():\n    return 2\n").Module!.Hash);
    }
}
