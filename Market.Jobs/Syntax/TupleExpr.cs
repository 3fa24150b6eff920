using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>The Tuple expression node.</summary>
internal sealed record TupleExpr(int Line, int Col, List<Expr> Items) : Expr(Line, Col);
