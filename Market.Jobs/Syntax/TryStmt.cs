using System.Collections.Generic;

namespace Market.Jobs.Syntax;

/// <summary>The Try statement node.</summary>
internal sealed record TryStmt(int Line, int Col, List<Stmt> Body, List<Handler> Handlers, List<Stmt> OrElse, List<Stmt> Finally) : Stmt(Line, Col);
