using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Web.Pages.Account;

/// <summary>
/// Staff sign-in. Repeated failures lock the account for a while (Identity lockout). Every failure
/// shows the same text, so the form does not tell which emails have accounts.
/// </summary>
public sealed class LoginModel(StaffSignIn signIn) : PageModel
{
    public const string FailedMessage =
        "Wrong email or password, or the account is locked (for a while after repeated failed sign-ins, or by an admin). Try again later or ask an admin.";

    [BindProperty]
    public Credentials Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class Credentials
    {
        [Required]
        [EmailAddress]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password))
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/editor");
        }

        ModelState.AddModelError(string.Empty, Localization.Text.Of(FailedMessage));
        return Page();
    }
}
