#!/usr/bin/env python3
"""Check the Market.Jobs differential-test corpus against CPython (the oracle).

For every NNN_topic.py file in this folder:
  1. the header, name and shape are checked (2-line header, `def main()` without required params);
  2. the `ast` is walked and anything outside the job-language subset is rejected;
  3. the program is run under python3 with a driver that imports it by path, calls main()
     and prints '=> ' + repr(result) (the contract of `Market.Live job run`);
  4. files named *_uncaught_* must raise (exit 1, traceback on stderr); all others must complete.
A summary is printed; the exit status is 0 only if every file passes.

Usage: python3 check_corpus.py [--verbose] [--emit DIR] [FILE ...]
  --emit DIR   also write DIR/NAME.out (stdout) and DIR/NAME.err (last traceback line) per program.
"""
import ast
import builtins
import os
import re
import subprocess
import sys
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
NAME_RE = re.compile(r"^(\d{3})_([a-z0-9_]+)\.py$")
SLOW_SECONDS = 0.2      # CPython budget per program (driver start-up excluded)
TIMEOUT_SECONDS = 10

# ---------------------------------------------------------------- the subset
ALLOWED_BUILTINS = {
    "print", "len", "range", "abs", "min", "max", "sum", "int", "float", "str", "repr", "bool",
    "list", "tuple", "dict", "enumerate", "zip", "sorted", "reversed", "round", "divmod", "pow",
    "chr", "ord", "any", "all", "isinstance", "map", "filter",
}
EXCEPTIONS = {
    "ZeroDivisionError", "IndexError", "KeyError", "TypeError", "ValueError", "NameError",
    "AttributeError", "AssertionError", "RecursionError", "MemoryError",
}
# Keyword arguments accepted when calling a builtin / method (everything else is positional only).
BUILTIN_KEYWORDS = {
    "print": {"sep", "end"},
    "max": {"key", "default"},
    "sorted": {"key", "reverse"},
}
STR_METHODS = {"join", "split", "strip", "lstrip", "rstrip", "lower", "upper", "capitalize",
               "replace", "startswith", "endswith", "find", "count", "rjust", "ljust", "isdigit"}
LIST_METHODS = {"append", "extend", "insert", "pop", "remove", "index", "count", "reverse",
                "sort", "copy", "clear"}
DICT_METHODS = {"get", "keys", "values", "items", "pop", "setdefault", "update", "copy"}
METHODS = STR_METHODS | LIST_METHODS | DICT_METHODS
METHOD_KEYWORDS = {"sort": {"key", "reverse"}}
MATH_NAMES = {"sqrt", "floor", "ceil", "pi", "e", "inf", "sin", "cos", "tan", "atan2", "exp", "log",
              "log10", "fabs", "hypot", "gcd", "isqrt"}
# Python builtins that exist in CPython but not in the job language: using one is a subset error.
FORBIDDEN_BUILTINS = (set(dir(builtins)) - ALLOWED_BUILTINS - EXCEPTIONS
                      - {"True", "False", "None"})
# Format specs: [[fill]align][0][width][,][.precision][d|f]  e.g. .3f >8 d , >10.2f <6 ^7 08.3f ,d
FORMAT_SPEC_RE = re.compile(r"^(?:[^{}]?[<>^])?0?\d*,?(?:\.\d+)?[df]?$")

ALLOWED_BINOPS = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow)
ALLOWED_UNARY = (ast.UAdd, ast.USub, ast.Not)

FORBIDDEN_NODES = {
    ast.ClassDef: "class", ast.AsyncFunctionDef: "async def", ast.AsyncFor: "async for",
    ast.AsyncWith: "async with", ast.Await: "await", ast.With: "with", ast.Yield: "yield",
    ast.YieldFrom: "yield from", ast.Starred: "star-unpacking / *args",
    ast.Set: "set display", ast.SetComp: "set comprehension", ast.NamedExpr: "walrus",
    ast.Nonlocal: "nonlocal", ast.ImportFrom: "from-import", ast.AnnAssign: "annotation",
    ast.Match: "match", ast.TryStar: "except*",
}


class SubsetChecker(ast.NodeVisitor):
    def __init__(self, tree):
        self.errors = []
        self.depth = 0          # function nesting depth
        self.defined = set()    # every name bound anywhere in the file (shadowing is fine)
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
                self.defined.add(node.id)
            elif isinstance(node, (ast.FunctionDef,)):
                self.defined.add(node.name)
            elif isinstance(node, ast.arg):
                self.defined.add(node.arg)
            elif isinstance(node, ast.ExceptHandler) and node.name:
                self.defined.add(node.name)

    def err(self, node, msg):
        self.errors.append(f"line {getattr(node, 'lineno', '?')}:{getattr(node, 'col_offset', '?')}: {msg}")

    def generic_visit(self, node):
        for kind, what in FORBIDDEN_NODES.items():
            if isinstance(node, kind):
                self.err(node, f"not in the subset: {what}")
        super().generic_visit(node)

    # ---- module level
    def visit_Module(self, node):
        for stmt in node.body:
            if isinstance(stmt, ast.FunctionDef):
                continue
            if isinstance(stmt, ast.Import):
                if [a.name for a in stmt.names] != ["math"] or stmt.names[0].asname:
                    self.err(stmt, "only `import math` is allowed")
                continue
            if isinstance(stmt, ast.Assign):
                try:
                    ast.literal_eval(stmt.value)
                except ValueError:
                    self.err(stmt, "top-level assignments must be constants")
                if any(not isinstance(t, ast.Name) for t in stmt.targets):
                    self.err(stmt, "top-level assignments must bind names")
                continue
            self.err(stmt, f"only defs, `import math` and constant assignments at top level, not {type(stmt).__name__}")
        self.generic_visit(node)

    def visit_Import(self, node):
        if self.depth:
            self.err(node, "import inside a function")
        self.generic_visit(node)

    def visit_Global(self, node):
        if not self.depth:
            self.err(node, "global outside a function")
        self.generic_visit(node)

    # ---- functions
    def check_args(self, node, args):
        if args.vararg or args.kwarg:
            self.err(node, "*args/**kwargs")
        if args.kwonlyargs or args.posonlyargs:
            self.err(node, "keyword-only / positional-only parameters")
        for a in args.args:
            if a.annotation is not None:
                self.err(a, "annotations")

    def visit_FunctionDef(self, node):
        if node.decorator_list:
            self.err(node, "decorators")
        if node.returns is not None:
            self.err(node, "annotations")
        self.check_args(node, node.args)
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    def visit_Lambda(self, node):
        self.check_args(node, node.args)
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    # ---- statements
    def visit_For(self, node):
        if node.orelse:
            self.err(node, "for ... else")
        self.generic_visit(node)

    def visit_While(self, node):
        if node.orelse:
            self.err(node, "while ... else")
        self.generic_visit(node)

    def visit_Try(self, node):
        for h in node.handlers:
            if h.type is None:
                self.err(h, "bare except (handlers must name an exception type)")
            elif not (isinstance(h.type, ast.Name) and h.type.id in EXCEPTIONS):
                self.err(h, "handler type must be one named exception of the subset")
        self.generic_visit(node)

    def visit_Raise(self, node):
        if node.cause is not None:
            self.err(node, "raise ... from")
        self.generic_visit(node)

    def visit_AugAssign(self, node):
        if not isinstance(node.op, ALLOWED_BINOPS):
            self.err(node, f"operator {type(node.op).__name__}")
        self.generic_visit(node)

    # ---- expressions
    def visit_BinOp(self, node):
        if not isinstance(node.op, ALLOWED_BINOPS):
            self.err(node, f"operator {type(node.op).__name__} (bitwise / matmul)")
        if isinstance(node.op, ast.Mod) and (
                isinstance(node.left, ast.JoinedStr)
                or (isinstance(node.left, ast.Constant) and isinstance(node.left.value, str))):
            self.err(node, "%-formatting")
        self.generic_visit(node)

    def visit_UnaryOp(self, node):
        if not isinstance(node.op, ALLOWED_UNARY):
            self.err(node, f"unary operator {type(node.op).__name__}")
        self.generic_visit(node)

    def visit_Constant(self, node):
        if not (node.value is None or isinstance(node.value, (bool, int, float, str))):
            self.err(node, f"constant of type {type(node.value).__name__}")

    def visit_Name(self, node):
        if node.id.startswith("__"):
            self.err(node, f"dunder name {node.id}")
        elif node.id in FORBIDDEN_BUILTINS and node.id not in self.defined:
            self.err(node, f"builtin not in the subset: {node.id}")
        if isinstance(node.ctx, ast.Load) and node.id == "math":
            pass

    def visit_Attribute(self, node):
        if node.attr.startswith("__"):
            self.err(node, f"dunder attribute {node.attr}")
        elif isinstance(node.value, ast.Name) and node.value.id == "math":
            if node.attr not in MATH_NAMES:
                self.err(node, f"math.{node.attr} not in the subset")
        elif not getattr(node, "_is_call", False):
            self.err(node, f"attribute access .{node.attr} (only method calls and math.*)")
        elif node.attr not in METHODS:
            self.err(node, f"method .{node.attr}() not in the subset")
        self.generic_visit(node)

    def visit_Call(self, node):
        for kw in node.keywords:
            if kw.arg is None:
                self.err(node, "**kwargs at a call")
        f = node.func
        if isinstance(f, ast.Attribute):
            f._is_call = True
            if not (isinstance(f.value, ast.Name) and f.value.id == "math"):
                allowed = METHOD_KEYWORDS.get(f.attr, set())
                for kw in node.keywords:
                    if kw.arg not in allowed:
                        self.err(node, f"keyword {kw.arg}= on .{f.attr}()")
        elif isinstance(f, ast.Name) and f.id not in self.defined:
            if f.id in ALLOWED_BUILTINS:
                allowed = BUILTIN_KEYWORDS.get(f.id, set())
                for kw in node.keywords:
                    if kw.arg not in allowed:
                        self.err(node, f"keyword {kw.arg}= on {f.id}()")
        self.generic_visit(node)

    def visit_FormattedValue(self, node):
        if node.conversion not in (-1, ord("r")):
            self.err(node, f"f-string conversion !{chr(node.conversion)}")
        if node.format_spec is not None:
            spec = node.format_spec
            if not (isinstance(spec, ast.JoinedStr) and all(isinstance(v, ast.Constant) for v in spec.values)):
                self.err(node, "nested / computed format spec")
            else:
                text = "".join(v.value for v in spec.values)
                if not FORMAT_SPEC_RE.match(text):
                    self.err(node, f"format spec {text!r} not in the subset")
        self.visit(node.value)


def check_static(path, source):
    errors = []
    lines = source.splitlines()
    if len(lines) < 2 or not lines[0].startswith("# Corpus: ") or not lines[1].startswith("# Features: "):
        errors.append("header: first two lines must be '# Corpus: ...' and '# Features: ...'")
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as e:
        return errors + [f"syntax error: {e}"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(source, path, "exec")
    for w in caught:
        errors.append(f"compile warning: {w.category.__name__}: {w.message}")
    checker = SubsetChecker(tree)
    checker.visit(tree)
    errors += checker.errors
    mains = [s for s in tree.body if isinstance(s, ast.FunctionDef) and s.name == "main"]
    if len(mains) != 1:
        errors.append("must define exactly one top-level `def main()`")
    elif len(mains[0].args.defaults) != len(mains[0].args.args):
        errors.append("main() must not have required parameters")
    return errors, tree


DRIVER = r"""
import importlib.util, sys
spec = importlib.util.spec_from_file_location("job", sys.argv[1])
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
import time
t0 = time.perf_counter()
try:
    result = mod.main()
finally:
    sys.stdout.flush()
    sys.stderr.write("@@elapsed %.6f\n" % (time.perf_counter() - t0))
print("=> " + repr(result))
"""


def run(path):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", DRIVER, path], capture_output=True, text=True,
                       timeout=TIMEOUT_SECONDS, env=env)
    wall = time.perf_counter() - t0
    elapsed = wall
    err_lines = []
    for line in p.stderr.splitlines():
        if line.startswith("@@elapsed "):
            elapsed = float(line.split()[1])
        else:
            err_lines.append(line)
    return p.returncode, p.stdout, err_lines, elapsed


def coverage_report(trees):
    used_builtins, used_methods, used_math, used_nodes, used_exc = set(), set(), set(), set(), set()
    for tree in trees:
        for node in ast.walk(tree):
            used_nodes.add(type(node).__name__)
            if isinstance(node, ast.Call):
                if isinstance(node.func, ast.Name):
                    used_builtins.add(node.func.id)
                elif isinstance(node.func, ast.Attribute) and not (
                        isinstance(node.func.value, ast.Name) and node.func.value.id == "math"):
                    used_methods.add(node.func.attr)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "math":
                used_math.add(node.attr)
            if isinstance(node, ast.Name) and node.id in EXCEPTIONS:
                used_exc.add(node.id)
    missing = {
        "builtins": sorted(ALLOWED_BUILTINS - used_builtins),
        "methods": sorted(METHODS - used_methods),
        "math": sorted(MATH_NAMES - used_math),
        "exceptions": sorted(EXCEPTIONS - used_exc),
    }
    wanted_nodes = ["Assign", "AugAssign", "If", "While", "For", "Break", "Continue", "Pass", "Return",
                    "Global", "Delete", "Try", "Raise", "Assert", "Lambda", "IfExp", "ListComp",
                    "DictComp", "GeneratorExp", "JoinedStr", "FormattedValue", "Slice", "BoolOp",
                    "Compare", "Tuple", "Dict", "List"]
    missing["syntax"] = [n for n in wanted_nodes if n not in used_nodes]
    return missing


def main(argv):
    verbose = "--verbose" in argv
    emit = None
    if "--emit" in argv:
        emit = argv[argv.index("--emit") + 1]
        os.makedirs(emit, exist_ok=True)
    files = [a for a in argv if a.endswith(".py")]
    if not files:
        files = sorted(f for f in os.listdir(HERE) if f.endswith(".py") and f != os.path.basename(__file__))
    files = [os.path.join(HERE, f) if not os.path.isabs(f) and not os.path.exists(f) else f for f in files]

    failures, slow, trees, numbers, timings = [], [], [], {}, []
    completed = uncaught = 0
    total_out_lines = 0
    for path in files:
        name = os.path.basename(path)
        problems = []
        m = NAME_RE.match(name)
        if not m:
            problems.append("file name must be NNN_topic.py")
        else:
            if m.group(1) in numbers:
                problems.append(f"number {m.group(1)} also used by {numbers[m.group(1)]}")
            numbers[m.group(1)] = name
        with open(path, encoding="utf-8") as fh:
            source = fh.read()
        static = check_static(path, source)
        if isinstance(static, tuple):
            errs, tree = static
            trees.append(tree)
        else:
            errs = static
        problems += errs
        expect_raise = "_uncaught_" in name
        try:
            rc, out, err_lines, elapsed = run(path)
        except subprocess.TimeoutExpired:
            problems.append(f"timed out after {TIMEOUT_SECONDS}s")
            rc, out, err_lines, elapsed = None, "", [], TIMEOUT_SECONDS
        if rc is not None:
            last = err_lines[-1] if err_lines else ""
            if expect_raise:
                if rc == 0:
                    problems.append("expected an uncaught exception but main() completed")
                elif not re.match(r"^(%s)\b" % "|".join(sorted(EXCEPTIONS)), last):
                    problems.append(f"raised something outside the subset: {last}")
                else:
                    uncaught += 1
            else:
                if rc != 0:
                    problems.append(f"expected completion, got exit {rc}: {last}")
                else:
                    completed += 1
            if out.count("\n") < 3:
                problems.append("prints too little (fewer than 3 lines including the result)")
            total_out_lines += out.count("\n")
            if emit:
                base = os.path.join(emit, name[:-3])
                with open(base + ".out", "w", encoding="utf-8") as fh:
                    fh.write(out)
                if expect_raise:
                    with open(base + ".err", "w", encoding="utf-8") as fh:
                        fh.write(last + "\n")
        timings.append((name, elapsed))
        if elapsed > SLOW_SECONDS:
            slow.append((name, elapsed))
        status = "FAIL" if problems else "ok"
        if problems:
            failures.append((name, problems))
        if verbose or problems:
            print(f"{status:4} {name} ({elapsed * 1000:.1f} ms)")
            for p in problems:
                print(f"       {p}")

    print()
    print("Summary")
    print(f"  programs:              {len(files)}")
    print(f"  passed:                {len(files) - len(failures)}")
    print(f"  failed:                {len(failures)}")
    print(f"  complete normally:     {completed}")
    print(f"  end uncaught (expected): {uncaught}")
    print(f"  stdout lines in total: {total_out_lines}")
    print(f"  slower than {SLOW_SECONDS}s:      {len(slow)}" + "".join(f"\n    {n}: {t:.3f}s" for n, t in slow))
    if timings:
        top = sorted(timings, key=lambda t: -t[1])[:5]
        print(f"  CPython time of main(): total {sum(t for _, t in timings) * 1000:.0f} ms; slowest: "
              + ", ".join(f"{n} {t * 1000:.1f} ms" for n, t in top))
    if trees and len(files) > 1:
        missing = coverage_report(trees)
        for k, v in missing.items():
            print(f"  unused {k + ':':12} {', '.join(v) if v else '(none, all covered)'}")
    return 1 if failures or slow else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
