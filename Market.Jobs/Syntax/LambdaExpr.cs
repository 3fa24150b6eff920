using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>The Lambda expression node.</summary>
internal sealed record LambdaExpr(int Line, int Col, List<Param> Params, Expr Body) : Expr(Line, Col);
