using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>The Assign statement node.</summary>
internal sealed record AssignStmt(int Line, int Col, List<Expr> Targets, Expr Value) : Stmt(Line, Col);
