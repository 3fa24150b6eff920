namespace Market.Live.Tests.Web;

/// <summary>A fact skipped, with the reason, where Debian's Chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = "Chromium is not installed at /usr/bin/chromium (test.sh installs the Debian package chromium)";
        }
    }
}
