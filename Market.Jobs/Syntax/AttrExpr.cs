namespace Market.Jobs.Syntax;

/// <summary>The Attr expression node.</summary>
internal sealed record AttrExpr(int Line, int Col, Expr Obj, string Name) : Expr(Line, Col);
