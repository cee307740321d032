using System.Net;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Editing;

/// <summary>Every staff page against every role: anonymous, editor, reviewer, admin.</summary>
public sealed class EditorPagesAuthorizationTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<string> EditingPages => new() { "/editor", "/editor/reports/new", "/editor/strikes", "/editor/statements", "/editor/strikes/1", "/editor/reports/1" };

    [Theory]
    [MemberData(nameof(EditingPages))]
    [InlineData("/admin/users")]
    [InlineData("/account/tokens")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        var response = await _app.CookieClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().StartWith("http://localhost/account/login?ReturnUrl=");
    }

    [Theory]
    [MemberData(nameof(EditingPages))]
    public async Task Editors_and_reviewers_may_edit_but_an_admin_alone_may_not(string url)
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        var reviewer = await _app.SignedInClientAsync("reviewer", Roles.Reviewer);
        var admin = await _app.SignedInClientAsync("admin", Roles.Admin);

        (await editor.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await reviewer.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
        var denied = await admin.GetAsync(url);
        denied.StatusCode.Should().Be(HttpStatusCode.Redirect);
        denied.Headers.Location!.ToString().Should().Contain("/account/denied");
    }

    [Fact]
    public async Task Only_admins_manage_accounts()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        var reviewer = await _app.SignedInClientAsync("reviewer", Roles.Reviewer);
        var admin = await _app.SignedInClientAsync("admin", Roles.Admin);

        (await editor.GetAsync("/admin/users")).Headers.Location!.ToString().Should().Contain("/account/denied");
        (await reviewer.GetAsync("/admin/users")).Headers.Location!.ToString().Should().Contain("/account/denied");
        (await admin.GetAsync("/admin/users")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_reviewers_publish_unpublish_delete_and_restore_from_the_pages()
    {
        var strike = await _app.GetKnownKharkivAsync();
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        var reviewer = await _app.SignedInClientAsync("reviewer", Roles.Reviewer);
        var url = $"/editor/review/Strike/{strike.Id}/Unpublish";

        var refused = await editor.PostFormAsync(url, [], formUrl: "/account/tokens");
        var done = await reviewer.PostFormAsync(url, [], formUrl: "/account/tokens");

        refused.Headers.Location!.ToString().Should().Contain("/account/denied");
        done.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await _app.CreateClient().GetAsync($"/api/v1/strikes/{strike.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Any_staff_member_manages_their_tokens()
    {
        var admin = await _app.SignedInClientAsync("admin", Roles.Admin);

        (await admin.GetAsync("/account/tokens")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);

        var response = await editor.PostAsync("/editor/reports/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Outlet"] = "Outlet", ["Input.Title"] = "A title", ["Input.Language"] = "en",
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await _app.WithDbAsync(db => Task.FromResult(db.Reports.Count(r => r.Title == "A title")))).Should().Be(0);
    }
}
