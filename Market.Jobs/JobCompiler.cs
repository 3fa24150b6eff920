using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using Market.Jobs.Compiler;
using Market.Jobs.Runtime;
using Market.Jobs.Syntax;

namespace Market.Jobs;

/// <summary>Compiles job source to a <see cref="CompiledModule"/>, reporting all syntax and name errors at once.</summary>
public static class JobCompiler
{
    /// <summary>Bumped whenever the bytecode or the prelude changes, so old states are not resumed by a new compiler.</summary>
    public const string Version = "market-jobs-2";

    /// <summary>Compiles a job.</summary>
    /// <exception cref="ArgumentNullException">source is null.</exception>
    public static CompileResult Compile(string source, string fileName = "job.py")
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new List<CompileError>();
        var preludeErrors = new List<CompileError>();
        var prelude = Parser.ParseModule(Prelude.Source, preludeErrors);
        if (preludeErrors.Count > 0)
        {
            throw new InvalidOperationException("prelude: " + preludeErrors[0]);
        }
        var body = Parser.ParseModule(source, errors);
        var all = new List<Stmt>(prelude);
        all.AddRange(body);

        var resolverWarnings = new List<CompileError>();
        var scopes = new Dictionary<object, Scope>();
        var module = new ScopeAnalyzer(scopes, errors).AnalyzeModule(all);
        var globals = new HashSet<string>(module.Bound);
        foreach (var s in scopes.Values)
        {
            globals.UnionWith(s.Globals);
        }
        var resolver = new Resolver(module, globals, errors);
        resolverWarnings = resolver.Warnings;
        var ordered = new List<Scope> { module };
        ordered.AddRange(scopes.Values);
        resolver.Run(ordered);
        if (errors.Count > 0)
        {
            return Fail(errors, resolverWarnings);
        }

        var mb = new ModuleBuilder();
        foreach (var g in module.BoundOrder)
        {
            mb.Global(g);
        }
        int moduleIndex = mb.ReserveCode();
        var hiddenNodes = new HashSet<object>(prelude);
        var fc = new FunctionCompiler(mb, scopes, resolver, errors, module, false) { HiddenDefs = hiddenNodes };
        mb.Codes[moduleIndex] = fc.CompileBody(moduleIndex, "<module>", all, null, 1, 0);
        if (errors.Count > 0)
        {
            return Fail(errors, resolverWarnings);
        }
        var codes = new CodeObject[mb.Codes.Count];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = mb.Codes[i]!;
        }
        // The hash covers the compiler version, the prelude and the source: all of them shape the bytecode.
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Version + "\n" + Prelude.Source + "\n" + source))).ToLowerInvariant();
        return new CompileResult(new CompiledModule(fileName, source, hash, codes, mb.Constants.ToArray(), mb.GlobalNames.ToArray(), mb.CallSites.ToArray()), Array.Empty<CompileError>(), Sorted(resolverWarnings));
    }

    private static CompileResult Fail(List<CompileError> errors, List<CompileError> warnings) =>
        new(null, Sorted(errors), Sorted(warnings));

    private static List<CompileError> Sorted(List<CompileError> list)
    {
        list.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        var unique = new List<CompileError>();
        foreach (var e in list)
        {
            if (!unique.Contains(e))
            {
                unique.Add(e);
            }
        }
        return unique;
    }
}
