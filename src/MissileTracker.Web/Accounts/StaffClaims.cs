using System.Security.Claims;

namespace MissileTracker.Web.Accounts;

public static class StaffClaims
{
    /// <summary>True for any signed-in staff role (by cookie or API token).</summary>
    public static bool IsStaff(this ClaimsPrincipal user) => Roles.All.Any(user.IsInRole);
}
