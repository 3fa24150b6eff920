using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>The Compare expression node.</summary>
internal sealed record CompareExpr(int Line, int Col, Expr Left, List<string> Ops, List<Expr> Rights) : Expr(Line, Col);
