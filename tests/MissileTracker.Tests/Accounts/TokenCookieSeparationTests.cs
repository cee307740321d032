using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Accounts;

/// <summary>
/// API tokens authenticate the API only, the sign-in cookie the pages only: a stolen token must
/// not open a staff page, mint a token that outlives it, or change roles.
/// </summary>
public sealed partial class TokenCookieSeparationTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>Every page that needs sign-in (the last test proves the list complete), with sample route values.</summary>
    private static readonly string[] StaffPageUrls =
    [
        "/editor", "/editor/reports/new", "/editor/reports/1", "/editor/strikes", "/editor/strikes/1", "/editor/statements", "/editor/statements/1",
        "/editor/review/Strike/1/Publish", "/editor/review/publish", "/editor/review/merge/1", "/editor/places", "/editor/places/new", "/editor/places/1", "/editor/places/find", "/editor/review/releases", "/editor/links", "/editor/evidence", "/editor/evidence/1", "/editor/airforce", "/editor/airforce/links", "/admin/users", "/account/tokens",
    ];

    public static TheoryData<string> StaffPages => new(StaffPageUrls);

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task A_bearer_token_alone_is_sent_to_sign_in_on_every_staff_page(string url)
    {
        var holder = await TokenHolderAsync();

        var response = await holder.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().StartWith("http://localhost/account/login?ReturnUrl=");
    }

    [Fact]
    public async Task A_bearer_token_alone_cannot_create_a_token_or_change_roles_through_the_forms()
    {
        var holder = await TokenHolderAsync();
        var victim = await _app.CreateUserAsync("victim", Roles.Editor);
        var victimId = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == victim).Select(u => u.Id).SingleAsync());
        var tokensBefore = await _app.WithDbAsync(db => db.ApiTokens.CountAsync());

        var created = await holder.PostFormAsync("/account/tokens?handler=Create", new() { ["Name"] = "outlives the stolen one" },
            formUrl: await FormToCopyAsync(holder, "/account/tokens"));
        var promoted = await holder.PostFormAsync($"/admin/users?handler=Roles&id={victimId}", new() { ["roles"] = Roles.Admin },
            formUrl: await FormToCopyAsync(holder, "/admin/users"));

        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        created.Headers.Location!.ToString().Should().StartWith("http://localhost/account/login");
        promoted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        promoted.Headers.Location!.ToString().Should().StartWith("http://localhost/account/login");
        (await _app.WithDbAsync(db => db.ApiTokens.CountAsync())).Should().Be(tokensBefore, "no token was created");
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        (await users.GetRolesAsync((await users.FindByEmailAsync(victim))!)).Should().Equal(Roles.Editor);
    }

    [Fact]
    public async Task A_bearer_token_does_not_show_drafts_on_the_public_pages_but_does_on_the_api()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var draft = await editor.PostAsync("/api/v1/reports", System.Net.Http.Json.JsonContent.Create(new { outlet = "Outlet", title = "Draft report", language = "en" }));
        var id = (await draft.ReadJsonAsync<Web.Reports.ReportDetail>()).Id;

        (await editor.GetAsync($"/api/v1/reports/{id}")).StatusCode.Should().Be(HttpStatusCode.OK, "a staff token reads drafts through the API");
        (await editor.GetAsync($"/reports/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "pages know staff by the cookie alone");
    }

    [Fact]
    public async Task Every_page_that_needs_sign_in_is_in_the_list()
    {
        var anonymous = _app.CookieClient();
        var pages = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(endpoint => "/" + RouteParameter().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), match => SampleValue(match.Groups[1].Value)))
            .Distinct()
            .ToList();

        var needingSignIn = new List<string>();
        foreach (var page in pages)
        {
            var response = await anonymous.GetAsync(page);
            if (response.Headers.Location?.ToString().StartsWith("http://localhost/account/login", StringComparison.Ordinal) == true)
            {
                needingSignIn.Add(page);
            }
        }

        needingSignIn.Should().Contain("/account/tokens", "the enumeration finds the staff pages");
        needingSignIn.Should().BeSubsetOf(StaffPageUrls, "each page that needs sign-in must be tried with a bearer token above");
    }

    // An account holding every role, and a client that sends only its token (and keeps the cookies pages set, as a browser would).
    private async Task<HttpClient> TokenHolderAsync()
    {
        var secret = await _app.CreateTokenAsync(await _app.CreateUserAsync("holder", Roles.Admin, Roles.Reviewer, Roles.Editor));
        var client = _app.CookieClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    // The best antiforgery token a token holder can get: the staff page's own form if it opens for them, else the public sign-in form.
    private static async Task<string> FormToCopyAsync(HttpClient client, string url) =>
        (await client.GetAsync(url)).IsSuccessStatusCode ? url : "/account/login";

    private static string SampleValue(string parameter) => parameter switch
    {
        "id" => "1",
        "kind" => "Strike",
        "action" => "Publish",
        _ => "sample",
    };

    [GeneratedRegex(@"\{(\w+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
