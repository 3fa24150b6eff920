using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>A comprehension; Kind is "list", "dict" or "gen" (generator expressions run eagerly).</summary>
internal sealed record CompExpr(int Line, int Col, string Kind, Expr Element, Expr? Value, List<CompFor> Fors) : Expr(Line, Col);
