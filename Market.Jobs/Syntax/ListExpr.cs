using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>The List expression node.</summary>
internal sealed record ListExpr(int Line, int Col, List<Expr> Items) : Expr(Line, Col);
