using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Pages.Account;

namespace MissileTracker.Tests.Accounts;

/// <summary>
/// A failed sign-in must not tell which emails have accounts: an unknown email, a wrong password
/// and a locked account each check one password hash (the cause of the time a real check takes)
/// and answer the same text. Durations are measured by hand in docs/security.md, not here.
/// </summary>
public sealed class SignInTests : IDisposable
{
    private readonly CountingPasswordHasher _hasher = new();
    private readonly TrackerApp _app;

    public SignInTests() =>
        _app = new TrackerApp(knownEvidence: false, configureServices: services => services.AddScoped<IPasswordHasher<TrackerUser>>(_ => _hasher));

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task An_unknown_email_checks_a_password_hash_and_fails_like_a_wrong_password()
    {
        var known = await _app.CreateUserAsync("known", Roles.Editor);
        var client = _app.CookieClient();

        var (unknown, unknownChecks) = await SignInAsync(client, "nobody@example.org", "a wrong password 1");
        var (wrong, wrongChecks) = await SignInAsync(client, known, "a wrong password 2");

        unknownChecks.Should().Be(1, "an unknown email costs one password check, as a known one does");
        wrongChecks.Should().Be(1);
        unknown.Should().Be(wrong).And.Be(LoginModel.FailedMessage);
    }

    [Fact]
    public async Task A_locked_account_checks_a_password_hash_and_fails_like_a_wrong_password()
    {
        var locked = await _app.CreateUserAsync("locked", Roles.Editor);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(locked))!, DateTimeOffset.MaxValue);
        }

        var client = _app.CookieClient();

        var (withRightPassword, checks) = await SignInAsync(client, locked, Staff.Password);
        var (unknown, _) = await SignInAsync(client, "nobody@example.org", Staff.Password);

        checks.Should().Be(1, "a locked account costs one password check too");
        withRightPassword.Should().Be(unknown).And.Be(LoginModel.FailedMessage);
    }

    [Fact]
    public async Task The_right_password_still_signs_in()
    {
        var email = await _app.CreateUserAsync("editor", Roles.Editor);

        var (response, _) = await PostAsync(_app.CookieClient(), email, Staff.Password);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/editor");
    }

    // The sign-in form's error text, and how many password hashes the sign-in checked.
    private async Task<(string? Error, int HashChecks)> SignInAsync(HttpClient client, string email, string password)
    {
        var (response, checks) = await PostAsync(client, email, password);
        response.StatusCode.Should().Be(HttpStatusCode.OK, "a failed sign-in shows the form again");
        var page = await response.ParseAsync();
        return (page.QuerySelector("[role=alert] li")?.TextContent.Trim(), checks);
    }

    private async Task<(HttpResponseMessage Response, int HashChecks)> PostAsync(HttpClient client, string email, string password)
    {
        var token = await client.AntiforgeryTokenAsync("/account/login");
        var before = _hasher.Verifications;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        return (response, _hasher.Verifications - before);
    }

    /// <summary>Identity's own hasher, counting the password checks.</summary>
    private sealed class CountingPasswordHasher : IPasswordHasher<TrackerUser>
    {
        private readonly PasswordHasher<TrackerUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(TrackerUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(TrackerUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
