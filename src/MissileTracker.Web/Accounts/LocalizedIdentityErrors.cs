using Microsoft.AspNetCore.Identity;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Accounts;

/// <summary>
/// ASP.NET Core Identity's messages for the rules this app's accounts can break (length, distinct characters, a taken or
/// invalid email), in the page's language: the admin's create-user form under <c>/uk</c> answers in Ukrainian. The English
/// is Identity's own wording, so the command line and English pages read as before.
/// </summary>
public sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = Text.Format("Passwords must be at least {0} characters.", length) };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = Text.Format("Passwords must use at least {0} different characters.", uniqueChars) };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = Text.Format("Username '{0}' is already taken.", userName) };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = Text.Format("Email '{0}' is already taken.", email) };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = Text.Format("Email '{0}' is invalid.", email) };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = Text.Format("Username '{0}' is invalid, can only contain letters or digits.", userName) };
}
