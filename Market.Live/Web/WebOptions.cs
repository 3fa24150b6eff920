namespace Market.Live.Web;

/// <summary>The web interface's settings (section <c>Web</c>).</summary>
public sealed class WebOptions
{
    /// <summary>How long an email confirmation link works.</summary>
    public TimeSpan ConfirmationLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Wrong passwords in a row before the account is locked.</summary>
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Where the keys that protect cookies and confirmation links are kept.</summary>
    public string KeysFolder { get; set; } = "market-data/keys";
}
