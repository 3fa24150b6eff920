namespace Market.Jobs.Syntax;

/// <summary>The Const expression node.</summary>
internal sealed record ConstExpr(int Line, int Col, object? Value) : Expr(Line, Col);
