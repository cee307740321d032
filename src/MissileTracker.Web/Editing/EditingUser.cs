using System.Security.Claims;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.History;

namespace MissileTracker.Web.Editing;

/// <summary>The signed-in staff member making a change, and why.</summary>
/// <param name="UserName">Account user name, recorded in the change log.</param>
/// <param name="IsReviewer">Reviewers may change published records.</param>
/// <param name="Reason">Optional reason for the change.</param>
public sealed record EditingUser(string UserName, bool IsReviewer, string? Reason = null)
{
    public static EditingUser From(ClaimsPrincipal user, string? reason = null) =>
        new(user.Identity?.Name ?? throw new InvalidOperationException("Editing requires a signed-in user."), user.IsInRole(Roles.Reviewer),
            string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());

    public ChangeAuthor Author => new(UserName, Reason);
}
