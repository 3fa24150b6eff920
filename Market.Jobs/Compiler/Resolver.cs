using System.Collections.Generic;
using Market.Jobs.Runtime;

namespace Market.Jobs.Compiler;

/// <summary>Second pass: decides for every name in every scope whether it is global, local, a cell or free.</summary>
internal sealed class Resolver
{
    private readonly Scope module;
    private readonly HashSet<string> globals;
    private readonly List<CompileError> errors;
    private readonly HashSet<(string, int, int)> reported = new();

    public Resolver(Scope module, HashSet<string> globals, List<CompileError> errors)
    {
        this.module = module;
        this.globals = globals;
        this.errors = errors;
    }

    /// <summary>Allocates frame slots for bound names, then resolves every use in the tree.</summary>
    public void Run(IEnumerable<Scope> allScopes)
    {
        var list = new List<Scope>(allScopes);
        foreach (var s in list)
        {
            if (s.Kind == ScopeKind.Function)
            {
                foreach (var p in s.Params)
                {
                    s.Symbols[p] = new Symbol(p, SymbolKind.Fast, s.NewSlot(p));
                }
            }
        }
        // Free variables first so that their slots follow the parameters.
        foreach (var s in list)
        {
            if (s.Kind == ScopeKind.Function)
            {
                foreach (var n in s.Nonlocals)
                {
                    if (FindEnclosing(s, n) == null)
                    {
                        errors.Add(new CompileError(1, 1, $"SyntaxError: no binding for nonlocal '{n}' found"));
                    }
                }
            }
        }
        foreach (var s in list)
        {
            foreach (var u in s.Uses)
            {
                Resolve(s, u.Name, u.Line, u.Col);
            }
            foreach (var b in s.BoundOrder)
            {
                Resolve(s, b, 0, 0);
            }
        }
    }

    public Symbol? Resolve(Scope s, string name, int line, int col)
    {
        if (s.Symbols.TryGetValue(name, out var sym))
        {
            return sym;
        }
        switch (s.Kind)
        {
            case ScopeKind.Module:
                if (s.Bound.Contains(name) || globals.Contains(name) || Builtins.Names.Contains(name))
                {
                    return s.Symbols[name] = new Symbol(name, SymbolKind.Global, 0);
                }
                return Undefined(name, line, col);
            case ScopeKind.Comprehension:
                if (s.Bound.Contains(name))
                {
                    return s.Symbols[name] = new Symbol(name, SymbolKind.Fast, s.NewSlot(name));
                }
                var outer = Resolve(s.Parent!, name, line, col);
                if (outer != null)
                {
                    s.Symbols[name] = outer;
                }
                return outer;
            default:
                if (s.Globals.Contains(name))
                {
                    return s.Symbols[name] = new Symbol(name, SymbolKind.Global, 0);
                }
                if (s.Bound.Contains(name) && !s.Nonlocals.Contains(name))
                {
                    return s.Symbols[name] = new Symbol(name, SymbolKind.Fast, s.NewSlot(name));
                }
                var definer = FindEnclosing(s, name);
                if (definer == null)
                {
                    if (s.Nonlocals.Contains(name))
                    {
                        return null;
                    }
                    return Resolve(module, name, line, col);
                }
                var target = Resolve(definer, name, line, col)!;
                if (target.Kind == SymbolKind.Fast)
                {
                    target.Kind = SymbolKind.Cell;
                    var ownerScope = definer.Kind == ScopeKind.Comprehension ? definer : definer.Owner;
                    ownerScope.Cells.Add(target);
                }
                return MakeFree(s, name);
        }
    }

    private Symbol MakeFree(Scope f, string name)
    {
        if (f.Symbols.TryGetValue(name, out var existing))
        {
            return existing;
        }
        // Every function between the user and the definer carries the cell in its closure.
        if (f.Parent != null)
        {
            var p = f.Parent;
            while (p.Kind == ScopeKind.Comprehension && !p.Bound.Contains(name))
            {
                p = p.Parent!;
            }
            if (p.Kind == ScopeKind.Function && !p.Symbols.ContainsKey(name) && !p.Bound.Contains(name))
            {
                MakeFree(p, name);
            }
            else if (p.Kind == ScopeKind.Function && p.Nonlocals.Contains(name) && !p.Symbols.ContainsKey(name))
            {
                MakeFree(p, name);
            }
        }
        f.Frees.Add(name);
        return f.Symbols[name] = new Symbol(name, SymbolKind.Free, f.NewSlot(name));
    }

    /// <summary>The nearest enclosing function or comprehension scope (not the module) that binds the name.</summary>
    private static Scope? FindEnclosing(Scope s, string name)
    {
        for (var p = s.Parent; p != null && p.Kind != ScopeKind.Module; p = p.Parent)
        {
            if (p.Kind == ScopeKind.Function && p.Globals.Contains(name))
            {
                return null;
            }
            if (p.Bound.Contains(name) && !(p.Kind == ScopeKind.Function && p.Nonlocals.Contains(name)))
            {
                return p;
            }
            if (p.Kind == ScopeKind.Function && p.Nonlocals.Contains(name))
            {
                continue;
            }
        }
        return null;
    }

    /// <summary>
    /// A name bound nowhere: reported as a warning, compiled as a global lookup that raises NameError
    /// when (and only if) it runs, as in CPython.
    /// </summary>
    private Symbol? Undefined(string name, int line, int col)
    {
        if (line > 0 && reported.Add((name, line, col)))
        {
            Warnings.Add(new CompileError(line, col, $"NameError: name '{name}' is not defined"));
        }
        return module.Symbols[name] = new Symbol(name, SymbolKind.Global, 0);
    }

    public List<CompileError> Warnings { get; } = new();
}
