using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>The While statement node.</summary>
internal sealed record WhileStmt(int Line, int Col, Expr Test, List<Stmt> Body, List<Stmt> OrElse) : Stmt(Line, Col);
