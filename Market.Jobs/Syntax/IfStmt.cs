using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>The If statement node.</summary>
internal sealed record IfStmt(int Line, int Col, Expr Test, List<Stmt> Body, List<Stmt> OrElse) : Stmt(Line, Col);
