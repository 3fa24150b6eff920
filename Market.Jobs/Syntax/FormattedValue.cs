namespace Market.Jobs.Syntax;

/// <summary>The FormattedValue syntax node.</summary>
internal sealed record FormattedValue(Expr Value, char Conversion, Expr? Spec);
