using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>The Dict expression node.</summary>
internal sealed record DictExpr(int Line, int Col, List<Expr> Keys, List<Expr> Values) : Expr(Line, Col);
