using Market.Live.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Live.Areas.Identity.Pages.Account;

/// <summary>Log in. Replaces Identity UI's page so that wrong passwords count towards the lockout
/// (its default page does not lock out) and an unconfirmed address is told so.</summary>
[AllowAnonymous]
internal sealed class LoginModel(SignInManager<WebUser> signIn) : PageModel
{
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty] public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Problem = "Enter your email address and your password.";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Jobs");
        }
        Problem = result.IsLockedOut ? "This account is locked after too many wrong passwords; try again later."
            : result.IsNotAllowed ? "This email address is not confirmed yet: follow the link in the email we sent, or ask for it again."
            : "Wrong email or password.";
        return Page();
    }
}
