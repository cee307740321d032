using System.Net;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Claims;

/// <summary>The statement form's claim rows and report choice: errors shown at the row they belong to, nothing half-saved.</summary>
public sealed class ClaimFormTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_bad_figure_row_is_shown_with_its_error_and_nothing_is_saved()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        var report = await _app.WithDbAsync(db => db.Reports.Where(r => r.Outlet == "UNN").Select(r => r.Id).SingleAsync());
        var before = await _app.WithDbAsync(db => db.Statements.IgnoreQueryFilters().CountAsync());

        var fields = new Dictionary<string, string>
        {
            ["Input.Organisation"] = "Office of the Prosecutor General of Ukraine", ["Input.Quote"] = "At least 24 missiles since 30 December.",
            ["Input.ReportIds"] = report.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.IsAggregate"] = "true",
            ["Input.Figures.Index"] = "7", ["Input.Figures[7].Kind"] = "Missiles", ["Input.Figures[7].Value"] = "24", ["Input.Figures[7].Qualifier"] = "Range",
        };
        var bad = await editor.PostFormAsync("/editor/statements", fields);
        var page = await bad.ParseAsync();

        bad.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("[data-valmsg-for='Input.Figures[0]']")!.TextContent.Should().Contain("A range needs both ends");
        (page.QuerySelector("input[name='Input.Figures[0].Value']") as AngleSharp.Html.Dom.IHtmlInputElement)!.Value.Should().Be("24", "the entry is kept");
        (await _app.WithDbAsync(db => db.Statements.IgnoreQueryFilters().CountAsync())).Should().Be(before, "nothing of a refused claim is saved");
    }

    [Fact]
    public async Task Opened_from_a_report_the_form_names_no_report_until_the_editor_picks_one()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        var report = await _app.WithDbAsync(db => db.Reports.Where(r => r.Outlet == "UNN").Select(r => r.Id).SingleAsync());

        var (_, page) = await editor.GetPageAsync($"/editor/statements?reportId={report}");

        page.QuerySelectorAll("#report-ids option").Should().HaveCountGreaterThan(1);
        page.QuerySelectorAll("#report-ids option[selected]").Should().BeEmpty();
        page.QuerySelector("h1")!.TextContent.Should().Be("New statement", "the statement does not take on the report's title");
    }
}
