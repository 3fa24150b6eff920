namespace Market.Jobs.Syntax;

/// <summary>The Param syntax node.</summary>
internal sealed record Param(string Name, Expr? Default, int Line, int Col);
