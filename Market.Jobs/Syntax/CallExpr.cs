using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>The Call expression node.</summary>
internal sealed record CallExpr(int Line, int Col, Expr Func, List<Expr> Args, List<(string Name, Expr Value)> Keywords) : Expr(Line, Col);
