using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.History;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;

namespace MissileTracker.Tests.Editing;

public sealed class WriteApiTests : IDisposable
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
    public async Task A_report_url_already_stored_gets_409_with_the_existing_id()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var body = new { url = "https://www.voanews.com/a/interview", outlet = "Voice of America", title = "Interview", language = "en" };

        var first = await editor.PostAsJsonAsync("/api/v1/reports", body);
        var again = await editor.PostAsJsonAsync("/api/v1/reports", body with { });

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        var created = await first.ReadJsonAsync<ReportDetail>();
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await again.ReadJsonAsync<ProblemDetails>();
        problem.Extensions["existingId"]!.ToString().Should().Be(created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("file:///etc/passwd")]
    [InlineData("www.example.com/no-scheme")]
    public async Task Only_http_links_are_accepted(string url)
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsJsonAsync("/api/v1/reports", new { url, outlet = "X", title = "Y", language = "en" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("url");
    }

    [Fact]
    public async Task A_statement_with_figures_is_a_draft_until_published_and_then_sits_beside_the_other_sources()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var reviewer = await _app.ClientWithRolesAsync("reviewer", Roles.Reviewer);
        var strike = await _app.GetKnownKharkivAsync();
        var official = await (await editor.PostAsJsonAsync("/api/v1/officials",
            new { name = "Ihor Terekhov", role = "Mayor of Kharkiv", organisation = "Kharkiv City Council", country = "Ukraine" })).ReadJsonAsync<OfficialDetail>();

        var created = await editor.PostAsJsonAsync("/api/v1/statements", new
        {
            officialId = official.Id,
            statedOn = "2024-01-06",
            quote = "Missiles hit the city; two people were injured.",
            quoteKind = "Direct",
            reportIds = new[] { strike.Reports[0].Id },
            strikes = new[] { new { strikeId = strike.Id, missileCount = 2, injured = 2 } },
        });

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var statement = await created.ReadJsonAsync<StatementDto>();
        statement.Status.Should().Be(PublicationStatus.Draft);
        (await _app.CreateClient().GetJsonAsync<Web.Strikes.StrikeDetail>($"/api/v1/strikes/{strike.Id}")).Statements.Should().HaveCount(1);

        (await reviewer.PostAsync($"/api/v1/statements/{statement.Id}/publish", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        var detail = await _app.CreateClient().GetJsonAsync<Web.Strikes.StrikeDetail>($"/api/v1/strikes/{strike.Id}");
        detail.Statements.Select(s => (s.Official!.Name, s.Figures.MissileCount))
            .Should().BeEquivalentTo(new[] { ("John Kirby", (int?)1), ("Ihor Terekhov", (int?)2) });
        detail.UpdatedAt.Should().BeAfter(strike.UpdatedAt, "new evidence about a strike must reach mirrors syncing by updatedSince");
    }

    [Fact]
    public async Task An_aggregate_claim_needs_no_strike_but_says_what_it_counts()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var report = (await _app.CreateClient().GetJsonAsync<Web.Querying.PagedResponse<ReportSummary>>("/api/v1/reports?outlet=UNN")).Items[0];

        var missingUnit = await editor.PostAsJsonAsync("/api/v1/statements", new
        {
            organisation = "U.S. Department of State", quote = "At least 10 cases.", reportIds = new[] { report.Id }, isAggregate = true, claimedCount = 10,
        });
        var neither = await editor.PostAsJsonAsync("/api/v1/statements", new { organisation = "Someone", quote = "Something said.", reportIds = new[] { report.Id } });
        var fine = await editor.PostAsJsonAsync("/api/v1/statements", new
        {
            organisation = "U.S. Department of State", quote = "At least 10 cases.", reportIds = new[] { report.Id }, isAggregate = true, claimedCount = 10,
            claimedCountQualifier = "AtLeast", claimedUnit = "cases of use", periodStart = "2023-12-01", periodEnd = "2024-03-01",
        });

        (await missingUnit.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("claimedUnit");
        (await neither.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("strikes");
        fine.StatusCode.Should().Be(HttpStatusCode.Created);
        (await fine.ReadJsonAsync<StatementDto>()).Aggregate!.Text.Should().Be("at least 10 cases of use");
    }

    [Fact]
    public async Task Officials_are_versioned_and_their_changes_logged()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var official = await (await editor.PostAsJsonAsync("/api/v1/officials",
            new { name = "Oleh Syniehubov", role = "Governor", organisation = "Kharkiv Oblast Military Administration", country = "Ukraine" })).ReadJsonAsync<OfficialDetail>();
        var update = new { name = "Oleh Syniehubov", role = "Head of the Kharkiv Oblast Military Administration", organisation = "Kharkiv OMA", country = "Ukraine", version = official.Version };

        var first = await editor.PutAsJsonAsync($"/api/v1/officials/{official.Id}", update);
        var stale = await editor.PutAsJsonAsync($"/api/v1/officials/{official.Id}", update);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var log = await _app.WithDbAsync(db => db.ChangeLog.Where(e => e.EntityType == "Official" && e.EntityId == official.Id).OrderBy(e => e.Id).ToListAsync());
        log.Select(e => e.Action).Should().Equal(ChangeAction.Created, ChangeAction.Updated);
        log[1].Changes.Should().Contain(new FieldChange("role", "Governor", "Head of the Kharkiv Oblast Military Administration"));
    }

    [Fact]
    public async Task Changing_only_a_sources_figures_is_versioned_and_recorded()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var strike = await _app.GetKnownKharkivAsync();
        object Body(int? version, int injured) => new
        {
            organisation = "Kharkiv City Council", quote = "Two people were injured.", reportIds = new[] { strike.Reports[0].Id },
            strikes = new[] { new { strikeId = strike.Id, injured, injuredQualifier = "AtLeast" } }, version,
        };
        var created = await (await editor.PostAsJsonAsync("/api/v1/statements", Body(null, 2))).ReadJsonAsync<StatementDto>();

        var first = await editor.PutAsJsonAsync($"/api/v1/statements/{created.Id}", Body(created.Version, 4));
        var stale = await editor.PutAsJsonAsync($"/api/v1/statements/{created.Id}", Body(created.Version, 5));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        (await first.ReadJsonAsync<StatementDto>()).Version.Should().Be(created.Version + 1);
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict, "a figures-only edit from a stale read must not overwrite");
        var update = await _app.WithDbAsync(db => db.ChangeLog.Where(e => e.EntityType == "Statement" && e.EntityId == created.Id && e.Action == ChangeAction.Updated).SingleAsync());
        update.Changes.Should().Contain(new FieldChange($"strikes[{strike.Id}].injured", "2", "4"));
    }

    [Fact]
    public async Task Nested_errors_are_keyed_in_camel_case_like_the_json()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var response = await editor.PostAsJsonAsync("/api/v1/statements", new
        {
            organisation = "Someone", quote = "Something said.", reportIds = new[] { 1 },
            strikes = new[] { new { strikeId = 3, missileCount = 1, missilesIntercepted = 2 } },
        });

        (await response.ReadJsonAsync<ValidationProblemDetails>()).Errors.Should().ContainKey("strikes[0].missilesIntercepted");
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
