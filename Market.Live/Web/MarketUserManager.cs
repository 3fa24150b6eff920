using Market.Live.Data;
using Market.Live.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Market.Live.Web;

/// <summary>Identity's user manager, with what confirming an email address means in the market:
/// the link works once (the security stamp changes), and the person's market account is opened.</summary>
internal sealed class MarketUserManager(
    IUserStore<WebUser> store, IOptions<IdentityOptions> optionsAccessor, IPasswordHasher<WebUser> passwordHasher,
    IEnumerable<IUserValidator<WebUser>> userValidators, IEnumerable<IPasswordValidator<WebUser>> passwordValidators,
    ILookupNormalizer keyNormalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<WebUser>> logger,
    Dispatcher dispatcher)
    : UserManager<WebUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> ConfirmEmailAsync(WebUser user, string token)
    {
        if (user.EmailConfirmed)
        {
            return IdentityResult.Failed(new IdentityError { Code = "AlreadyConfirmed", Description = "This link has been used already." });
        }
        var result = await base.ConfirmEmailAsync(user, token);
        if (!result.Succeeded)
        {
            return result;
        }
        if (user.AccountId == null)
        {
            var (id, _, _) = await dispatcher.CreateAccount(user.Email ?? "");
            user.AccountId = id;
            user.FeedToken = Secrets.New("mf_");
        }
        // A new security stamp makes every earlier token, this link included, invalid.
        await UpdateSecurityStampAsync(user);
        return IdentityResult.Success;
    }
}
