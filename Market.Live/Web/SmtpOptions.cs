namespace Market.Live.Web;

/// <summary>Where the web interface sends email (section <c>Smtp</c>).</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 2525;

    public string From { get; set; } = "market@localhost";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Use TLS from the start (port 465) or STARTTLS when offered.</summary>
    public bool Tls { get; set; }

    /// <summary>Development: run a real SMTP server on loopback (Host, Port) that keeps every
    /// message as a .eml file in <see cref="DevFolder"/>.</summary>
    public bool Dev { get; set; }

    public string DevFolder { get; set; } = "market-data/mail";
}
