using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Accounts;

/// <summary>
/// Refuses passwords on a list of 49,233 commonly used ones, the first that attackers try
/// (NIST SP 800-63B, 5.1.1.2). The list is zxcvbn's password list as shipped in the npm package
/// <c>@zxcvbn-ts/language-common</c> 4.1.3 (MIT, docs/THIRD-PARTY-NOTICES.md); only 308 of its
/// entries have the 12 characters needed anyway, but those are exactly the ones length lets through
/// (<c>123456789012</c>, <c>qwerty123456</c>). Compared case-insensitively and without whitespace.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<TrackerUser>
{
    public const string ErrorCode = "PasswordTooCommon";

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<TrackerUser> manager, TrackerUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = Text.Of("This password is on a list of commonly used passwords that attackers try first. Choose another; a few unrelated words make a strong one."),
            })
            : IdentityResult.Success);

    private static bool IsCommon(string password) =>
        Common.Value.Contains(string.Concat(password.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant());

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("The embedded common-password list is missing.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords.ToFrozenSet(StringComparer.Ordinal);
    }
}
