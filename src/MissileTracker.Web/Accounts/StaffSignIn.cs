using Microsoft.AspNetCore.Identity;

namespace MissileTracker.Web.Accounts;

/// <summary>
/// Password sign-in that treats an unknown email, a wrong password and a locked account alike:
/// each checks one password hash through the configured hasher and fails the same way, so
/// neither the answer nor its timing tells which emails have accounts. (Identity's own
/// <c>PasswordSignInAsync</c> returns at once for an unknown name or a locked account: 2 to 32 ms
/// against 125 to 618 ms for a real account's wrong password, docs/security.md.)
/// </summary>
public sealed class StaffSignIn(SignInManager<TrackerUser> signIn, IPasswordHasher<TrackerUser> hasher, DecoyPasswordHash decoy)
{
    /// <summary>Signs in with a cookie and returns true, or returns false for every kind of failure.</summary>
    public async Task<bool> PasswordSignInAsync(string email, string password)
    {
        var user = await signIn.UserManager.FindByNameAsync(email);
        if (user is null || await signIn.UserManager.IsLockedOutAsync(user))
        {
            hasher.VerifyHashedPassword(DecoyPasswordHash.User, decoy.HashWith(hasher), password);
            return false;
        }

        return (await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true)).Succeeded;
    }
}
