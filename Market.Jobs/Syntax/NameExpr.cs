namespace Market.Jobs.Syntax;

/// <summary>The Name expression node.</summary>
internal sealed record NameExpr(int Line, int Col, string Id) : Expr(Line, Col);
