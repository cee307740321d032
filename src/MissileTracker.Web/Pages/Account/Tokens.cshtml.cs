using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Pages.Account;

/// <summary>A staff member's API tokens: create (the secret is shown once), list and revoke.</summary>
public sealed class TokensModel(TrackerDbContext db, UserManager<TrackerUser> users) : PageModel
{
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>The new token's secret, shown once right after creation and never stored.</summary>
    public string? NewSecret { get; private set; }

    [BindProperty]
    [Required]
    [StringLength(100)]
    [Display(Name = "Token name")]
    public string? Name { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        NewSecret = ApiTokenAuthenticationHandler.NewSecret();
        db.ApiTokens.Add(new ApiToken
        {
            UserId = users.GetUserId(User)!,
            Name = Name!.Trim(),
            Hash = ApiTokenAuthenticationHandler.HashOf(NewSecret),
            Prefix = NewSecret[..8],
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(ct);
        Name = null;
        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var userId = users.GetUserId(User);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == userId, ct);
        if (token is null)
        {
            return NotFound();
        }

        token.RevokedAt ??= DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        TempData["Message"] = Text.Format("Token “{0}” revoked.", token.Name);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = users.GetUserId(User);
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);
    }
}
