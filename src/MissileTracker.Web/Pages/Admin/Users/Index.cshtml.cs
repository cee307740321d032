using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Pages.Admin.Users;

/// <summary>Admins list staff accounts, create them, change roles, and lock or unlock them.</summary>
public sealed class IndexModel(UserManager<TrackerUser> users) : PageModel
{
    public sealed record Row(string Id, string Email, IReadOnlyList<string> Roles, bool LockedOut);

    public IReadOnlyList<Row> Accounts { get; private set; } = [];

    [BindProperty]
    public NewAccount Input { get; set; } = new();

    public sealed class NewAccount
    {
        [Required]
        [EmailAddress]
        [Display(Name = "Email")]
        public string? Email { get; set; }

        [Required]
        [StringLength(200, MinimumLength = 12, ErrorMessage = "Use at least 12 characters; a passphrase is best.")]
        [DataType(DataType.Password)]
        [Display(Name = "Initial password")]
        public string? Password { get; set; }

        [Display(Name = "Roles")]
        public List<string> Roles { get; set; } = [];
    }

    /// <summary>A role's name in the page's language; the role itself (the form value) stays its code.</summary>
    public string RoleName(string role) => role switch
    {
        MissileTracker.Web.Accounts.Roles.Editor => Text.Of("Editor"),
        MissileTracker.Web.Accounts.Roles.Reviewer => Text.Of("Reviewer"),
        MissileTracker.Web.Accounts.Roles.Admin => Text.Of("Admin"),
        _ => role,
    };

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        foreach (var role in Input.Roles.Where(r => !MissileTracker.Web.Accounts.Roles.All.Contains(r)))
        {
            ModelState.AddModelError("Input.Roles", Text.Format("Unknown role “{0}”.", role));
        }

        if (ModelState.IsValid)
        {
            var user = new TrackerUser { UserName = Input.Email!.Trim(), Email = Input.Email.Trim(), EmailConfirmed = true };
            var created = await users.CreateAsync(user, Input.Password!);
            if (created.Succeeded)
            {
                await users.AddToRolesAsync(user, Input.Roles.Distinct());
                TempData["Message"] = Text.Format("Account {0} created.", user.Email);
                return RedirectToPage();
            }

            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", error.Description);
            }
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(string id, List<string> roles)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var wanted = roles.Where(MissileTracker.Web.Accounts.Roles.All.Contains).ToHashSet();
        if (user.Id == users.GetUserId(User) && !wanted.Contains(MissileTracker.Web.Accounts.Roles.Admin))
        {
            TempData["Message"] = Text.Of("You cannot remove your own admin role.");
            return RedirectToPage();
        }

        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        TempData["Message"] = Text.Format("Roles of {0} saved.", user.Email);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLockAsync(string id, bool locked)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            TempData["Message"] = Text.Of("You cannot lock your own account.");
            return RedirectToPage();
        }

        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        TempData["Message"] = locked ? Text.Format("{0} locked.", user.Email) : Text.Format("{0} unlocked.", user.Email);
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var rows = new List<Row>();
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync())
        {
            rows.Add(new Row(user.Id, user.Email ?? user.UserName ?? user.Id, (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList(), await users.IsLockedOutAsync(user)));
        }

        Accounts = rows;
    }
}
