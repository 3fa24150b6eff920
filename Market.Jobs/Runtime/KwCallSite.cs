namespace Market.Jobs.Runtime;

/// <summary>A call with keyword arguments: how many positional arguments precede the keyword values, and their names.</summary>
internal sealed record KwCallSite(int Positional, string[] Names);
