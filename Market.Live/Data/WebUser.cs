using Microsoft.AspNetCore.Identity;

namespace Market.Live.Data;

/// <summary>A person who uses the web interface (ASP.NET Core Identity's user, table <c>AspNetUsers</c>),
/// linked to the market account opened when the email address is confirmed.</summary>
public sealed class WebUser : IdentityUser
{
    /// <summary>The market account, once the email address is confirmed.</summary>
    public long? AccountId { get; set; }

    /// <summary>The secret in the address of this person's Atom feed.</summary>
    public string FeedToken { get; set; } = "";
}
