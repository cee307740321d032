using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Commands;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Accounts;

/// <summary>Passwords of 12 characters may still be weak: common ones and ones of few distinct characters are refused, saying why.</summary>
public sealed class PasswordRulesTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("123456789012")]
    [InlineData("qwerty123456")]
    [InlineData("QWERTY123456")]
    [InlineData("qwerty 123456")]
    [InlineData("1qaz2wsx3edc4rfv")]
    public async Task Common_passwords_are_refused(string password) =>
        (await CreateAsync(password)).Errors.Select(e => e.Code).Should().Equal(CommonPasswordValidator.ErrorCode);

    [Theory]
    [InlineData("           x")]
    [InlineData("aaaaaaaaaaab")]
    [InlineData("abcabcabcabc")]
    [InlineData("1212121212121212")]
    public async Task Passwords_of_few_distinct_characters_are_refused(string password) =>
        (await CreateAsync(password)).Errors.Select(e => e.Code).Should().Contain(new IdentityErrorDescriber().PasswordRequiresUniqueChars(6).Code);

    [Theory]
    [InlineData(Staff.Password)]
    [InlineData("a long admin passphrase")]
    [InlineData("Kharkiv-2024-02-07!")]
    public async Task Long_uncommon_passwords_are_accepted(string password) =>
        (await CreateAsync(password)).Succeeded.Should().BeTrue();

    [Theory]
    [InlineData("123456789012", "commonly used passwords")]
    [InlineData("           x", "different characters")]
    public async Task The_admin_form_says_why_a_password_is_refused(string password, string reason)
    {
        var admin = await _app.SignedInClientAsync("admin", Roles.Admin);

        var response = await admin.PostFormAsync("/admin/users?handler=Create",
            new() { ["Input.Email"] = "new@example.org", ["Input.Password"] = password, ["Input.Roles"] = Roles.Editor }, formUrl: "/admin/users");

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the form is shown again");
        var page = await response.ParseAsync();
        page.QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent.Should().Contain(reason);
        await using var scope = _app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>().FindByEmailAsync("new@example.org")).Should().BeNull();
    }

    [Theory]
    [InlineData("123456789012", "commonly used passwords")]
    [InlineData("           x", "different characters")]
    public async Task The_create_admin_command_says_why_a_password_is_refused(string password, string reason)
    {
        var output = new StringWriter();

        var code = await CreateAdminCommand.RunAsync(_app.Services, ["create-admin", "--email", "first@example.org"], new StringReader(password + "\n"), output);

        code.Should().Be(1);
        output.ToString().Should().Contain(reason);
    }

    private async Task<IdentityResult> CreateAsync(string password)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        return await users.CreateAsync(new TrackerUser { UserName = "someone@example.org", Email = "someone@example.org" }, password);
    }
}
