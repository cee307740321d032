using System.Net;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Tests.Editing;

public sealed class EditorPagesTests : IDisposable
{
    private const string ArticleUrl = "https://kyivindependent.com/police-kharkiv-kn-23/";
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    private static Dictionary<string, string> Report(string url = ArticleUrl) => new()
    {
        ["Input.Url"] = url, ["Input.Outlet"] = "Kyiv Independent", ["Input.Title"] = "Police: Russia fires 2 North Korean missiles at Kharkiv",
        ["Input.PublishedOn"] = "2024-02-07", ["Input.Language"] = "en",
    };

    private static Dictionary<string, string> Strike(string version = "", string injured = "3") => new()
    {
        ["Input.Date"] = "2024-02-07", ["Input.DatePrecision"] = "Day", ["Input.TimeOfDay"] = "06:00", ["Input.LocationPrecision"] = "District",
        ["Input.Oblast"] = "Kharkiv", ["Input.Settlement"] = "Kharkiv", ["Input.District"] = "Slobidskyi district", ["Input.MissileType"] = "kn-23",
        ["Input.OriginStatus"] = "ReportedByOfficials", ["Input.MissilesLaunched"] = "5", ["Input.Injured"] = injured,
        ["Input.Summary"] = "Two of five missiles were preliminarily identified as KN-23.", ["Input.Version"] = version,
    };

    [Fact]
    public async Task Entering_a_stored_url_leads_to_the_stored_report_instead_of_a_duplicate()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        var created = await editor.PostFormAsync("/editor/reports/new", Report());
        var reportPage = created.Headers.Location!.ToString();

        var byLink = await editor.GetAsync("/editor/reports/new?url=" + Uri.EscapeDataString(ArticleUrl));
        var byForm = await editor.PostFormAsync("/editor/reports/new", Report());

        reportPage.Should().MatchRegex("^/editor/reports/[0-9]+$");
        byLink.Headers.Location!.ToString().Should().Be(reportPage);
        byForm.Headers.Location!.ToString().Should().Be(reportPage);
        (await _app.WithDbAsync(db => db.Reports.IgnoreQueryFilters().CountAsync(r => r.Url == new Uri(ArticleUrl)))).Should().Be(1);
    }

    [Fact]
    public async Task Bad_strike_input_shows_field_errors_and_stores_nothing()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        var fields = Strike();
        fields["Input.Date"] = "2999-01-01";
        fields["Input.Latitude"] = "123";
        fields["Input.Injured"] = "-4";
        fields["Input.MissileType"] = "";

        var response = await editor.PostFormAsync("/editor/strikes", fields);
        var page = await response.ParseAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("[data-valmsg-for='Input.Date']")!.TextContent.Should().Contain("between");
        page.QuerySelector("[data-valmsg-for='Input.Latitude']")!.TextContent.Should().NotBeEmpty();
        page.QuerySelector("[data-valmsg-for='Input.Injured']")!.TextContent.Should().NotBeEmpty();
        page.QuerySelector("[data-valmsg-for='Input.MissileType']")!.TextContent.Should().NotBeEmpty();
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(3);
    }

    [Fact]
    public async Task A_stale_save_in_the_form_shows_the_other_change_and_overwrites_nothing()
    {
        var first = await _app.SignedInClientAsync("first", Roles.Editor);
        var second = await _app.SignedInClientAsync("second", Roles.Editor);
        var created = await first.PostFormAsync("/editor/strikes", Strike());
        var editPage = created.Headers.Location!.ToString();
        var version = await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().OrderBy(s => s.Id).Select(s => s.Version).LastAsync());

        var saved = await first.PostFormAsync(editPage, Strike(version.ToString(System.Globalization.CultureInfo.InvariantCulture), injured: "4"));
        var stale = await second.PostFormAsync(editPage, Strike(version.ToString(System.Globalization.CultureInfo.InvariantCulture), injured: "5"));
        var page = await stale.ParseAsync();

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        stale.StatusCode.Should().Be(HttpStatusCode.OK);
        var alert = page.QuerySelector(".alert-warning")!.TextContent;
        alert.Should().Contain("Edit conflict");
        page.QuerySelectorAll(".alert-warning tbody tr").Select(r => r.TextContent).Should().ContainSingle()
            .Which.Should().Contain("Injured").And.Contain("4").And.Contain("5");
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().OrderBy(s => s.Id).Select(s => s.Injured).LastAsync())).Should().Be(4);
    }

    [Fact]
    public async Task A_new_official_with_a_near_duplicate_name_needs_confirmation()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        var report = await _app.WithDbAsync(db => db.Reports.Where(r => r.Outlet == "UNN").Select(r => r.Id).SingleAsync());
        var fields = new Dictionary<string, string>
        {
            ["OfficialChoice"] = "new", ["NewOfficial.Name"] = "Jung Pak", ["NewOfficial.Role"] = "Official", ["NewOfficial.Organisation"] = "U.S. Department of State",
            ["NewOfficial.Country"] = "United States", ["Input.Quote"] = "There have been at least 10 cases.", ["Input.QuoteKind"] = "Direct",
            ["Input.ReportIds"] = report.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.IsAggregate"] = "true",
            ["Input.Figures[0].Kind"] = "Cases", ["Input.Figures[0].Value"] = "10", ["Input.Figures[0].Qualifier"] = "AtLeast",
        };
        var url = $"/editor/statements?reportId={report}";

        var warned = await editor.PostFormAsync(url, fields);
        var warning = await warned.ParseAsync();
        fields["ConfirmNewOfficial"] = "true";
        var confirmed = await editor.PostFormAsync(url, fields);

        warned.StatusCode.Should().Be(HttpStatusCode.OK);
        warning.QuerySelector("[data-valmsg-for='NewOfficial.Name']")!.TextContent.Should().Contain("Jung H. Pak");
        confirmed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await _app.WithDbAsync(db => db.Officials.CountAsync(o => o.Name == "Jung Pak"))).Should().Be(1, "no official was stored by the warned attempt");
        var statement = await _app.WithDbAsync(db => db.Statements.IgnoreQueryFilters().Include(s => s.Official).OrderBy(s => s.Id).LastAsync());
        statement.Official!.Name.Should().Be("Jung Pak");
        statement.Status.Should().Be(PublicationStatus.Draft);
        (await _app.WithDbAsync(db => db.ClaimFigures.IgnoreQueryFilters().Where(f => f.StatementId == statement.Id).Select(f => f.Value).SingleAsync())).Should().Be(10);
    }

    [Fact]
    public async Task A_failed_statement_save_leaves_no_new_official_behind()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        var fields = new Dictionary<string, string>
        {
            ["OfficialChoice"] = "new", ["NewOfficial.Name"] = "Someone Entirely New", ["NewOfficial.Role"] = "Spokesperson",
            ["NewOfficial.Organisation"] = "Ministry", ["NewOfficial.Country"] = "Ukraine", ["Input.Quote"] = "A quote that refers to nothing.",
            ["Input.ReportIds"] = "999999", ["Input.IsAggregate"] = "true", ["Input.Figures[0].Kind"] = "Cases", ["Input.Figures[0].Value"] = "3",
        };

        var response = await editor.PostFormAsync("/editor/statements", fields);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await _app.WithDbAsync(db => db.Officials.CountAsync(o => o.Name == "Someone Entirely New"))).Should().Be(0);
        (await _app.WithDbAsync(db => db.ChangeLog.CountAsync(e => e.EntityType == "Official"))).Should().Be(3, "only the known officials' creation is logged");
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account()
    {
        var email = await _app.CreateUserAsync("target", Roles.Editor);
        var client = _app.CookieClient();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = "wrong password " + attempt });
        }

        var withRightPassword = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = Staff.Password });
        withRightPassword.StatusCode.Should().Be(HttpStatusCode.OK);
        (await withRightPassword.Content.ReadAsStringAsync()).Should().Contain("locked");
    }

    [Fact]
    public async Task A_token_created_on_the_account_page_works_until_revoked_and_only_its_hash_is_stored()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);

        var created = await editor.PostFormAsync("/account/tokens?handler=Create", new() { ["Name"] = "script" }, formUrl: "/account/tokens");
        var page = await created.ParseAsync();
        var secret = page.QuerySelector("#new-token")!.TextContent.Trim();
        var api = _app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        var stored = await _app.WithDbAsync(db => db.ApiTokens.SingleAsync());

        secret.Should().StartWith("mt_");
        stored.Hash.Should().NotContain(secret[3..]).And.HaveLength(64);
        (await api.GetAsync("/api/v1/statements/999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await api.PostAsync("/api/v1/reports", System.Net.Http.Json.JsonContent.Create(new { outlet = "X", title = "Y", language = "en" }))).StatusCode
            .Should().Be(HttpStatusCode.Created);

        var revoked = await editor.PostFormAsync($"/account/tokens?handler=Revoke&id={stored.Id}", [], formUrl: "/account/tokens");
        revoked.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await api.PostAsync("/api/v1/reports", System.Net.Http.Json.JsonContent.Create(new { outlet = "X", title = "Z", language = "en" }))).StatusCode
            .Should().Be(HttpStatusCode.Unauthorized);
    }
}
