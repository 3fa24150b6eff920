namespace Market.Live.Data;

/// <summary>A fact about the store itself (table <c>meta</c>), e.g. the market options it was created with.</summary>
public sealed class MetaRow
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
