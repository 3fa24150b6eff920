using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>The For statement node.</summary>
internal sealed record ForStmt(int Line, int Col, Expr Target, Expr Iter, List<Stmt> Body, List<Stmt> OrElse) : Stmt(Line, Col);
