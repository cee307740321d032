using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Accounts;

/// <summary>Who may write through the API: bearer tokens only, with the role each write needs, and never a locked account's.</summary>
public sealed class WriteAuthorizationTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<string, string> EditorWrites => new()
    {
        { "POST", "/api/v1/strikes" }, { "PUT", "/api/v1/strikes/1" },
        { "POST", "/api/v1/reports" }, { "PUT", "/api/v1/reports/1" },
        { "POST", "/api/v1/statements" }, { "PUT", "/api/v1/statements/1" },
        { "POST", "/api/v1/officials" }, { "PUT", "/api/v1/officials/1" },
    };

    public static TheoryData<string, string> ReviewerWrites => new()
    {
        { "POST", "/api/v1/strikes/1/publish" }, { "POST", "/api/v1/strikes/1/unpublish" }, { "POST", "/api/v1/strikes/1/restore" }, { "DELETE", "/api/v1/strikes/1" },
        { "POST", "/api/v1/reports/1/publish" }, { "POST", "/api/v1/reports/1/unpublish" }, { "POST", "/api/v1/reports/1/restore" }, { "DELETE", "/api/v1/reports/1" },
        { "POST", "/api/v1/statements/1/publish" }, { "POST", "/api/v1/statements/1/unpublish" }, { "POST", "/api/v1/statements/1/restore" }, { "DELETE", "/api/v1/statements/1" },
    };

    private static HttpRequestMessage Request(string method, string url) =>
        new(new HttpMethod(method), url) { Content = JsonContent.Create(new { }) };

    [Theory]
    [MemberData(nameof(EditorWrites))]
    [MemberData(nameof(ReviewerWrites))]
    public async Task Anonymous_callers_and_cookie_sessions_get_401(string method, string url)
    {
        var anonymous = await _app.CreateClient().SendAsync(Request(method, url));
        var cookieSession = await (await _app.SignedInClientAsync("editor", Roles.Editor, Roles.Reviewer)).SendAsync(Request(method, url));

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        cookieSession.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the API takes tokens, not cookies, so no cross-site form can write");
    }

    [Theory]
    [MemberData(nameof(EditorWrites))]
    [InlineData("POST", "/api/v1/import")]
    [InlineData("POST", "/api/v1/import/strikes.csv")]
    public async Task Without_a_valid_token_a_write_gets_401_before_its_content_type_is_looked_at(string method, string url)
    {
        var revokedToken = await _app.CreateTokenAsync(await _app.CreateUserAsync("revoked", Roles.Editor));
        await _app.WithDbAsync(db => db.ApiTokens.Where(t => t.Hash == ApiTokenAuthenticationHandler.HashOf(revokedToken))
            .ExecuteUpdateAsync(t => t.SetProperty(token => token.RevokedAt, DateTime.UtcNow)));
        var callers = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = _app.CreateClient(),
            ["unknown token"] = _app.CreateClient(),
            ["revoked token"] = _app.CreateClient(),
            ["cookie session"] = await _app.SignedInClientAsync("editor", Roles.Editor, Roles.Reviewer),
        };
        callers["unknown token"].DefaultRequestHeaders.Authorization = new("Bearer", ApiTokenAuthenticationHandler.NewSecret());
        callers["revoked token"].DefaultRequestHeaders.Authorization = new("Bearer", revokedToken);

        foreach (var (caller, client) in callers)
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("not json", System.Text.Encoding.UTF8, "text/plain") });

            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, $"the {caller} caller must authenticate before the content type matters");
            response.Headers.WwwAuthenticate.ToString().Should().StartWith("Bearer");
        }
    }

    [Theory]
    [MemberData(nameof(EditorWrites))]
    public async Task Editor_writes_refuse_an_admin_only_token(string method, string url)
    {
        var admin = await _app.ClientWithRolesAsync("admin", Roles.Admin);

        (await admin.SendAsync(Request(method, url))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(ReviewerWrites))]
    public async Task Reviewer_writes_refuse_an_editor_token_and_accept_a_reviewer_token(string method, string url)
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var reviewer = await _app.ClientWithRolesAsync("reviewer", Roles.Reviewer);

        (await editor.SendAsync(Request(method, url))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var answer = await reviewer.SendAsync(Request(method, url));
        answer.StatusCode.Should().BeOneOf([HttpStatusCode.OK, HttpStatusCode.NoContent, HttpStatusCode.BadRequest],
            "the reviewer is allowed; a 400 only says the record is already in that state");
    }

    [Fact]
    public async Task A_stolen_token_stops_working_when_an_admin_locks_its_account()
    {
        var editor = await _app.ClientWithRolesAsync("victim", Roles.Editor);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<TrackerUser>>();
            var user = await users.FindByEmailAsync("victim@example.org");
            await users.SetLockoutEndDateAsync(user!, DateTimeOffset.MaxValue);
        }

        var response = await editor.PostAsJsonAsync("/api/v1/reports", new { outlet = "X", title = "Y", language = "en" });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
