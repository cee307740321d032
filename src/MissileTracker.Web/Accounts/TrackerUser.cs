using Microsoft.AspNetCore.Identity;

namespace MissileTracker.Web.Accounts;

/// <summary>A staff account (editor, reviewer or admin). The public needs no account.</summary>
public sealed class TrackerUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
