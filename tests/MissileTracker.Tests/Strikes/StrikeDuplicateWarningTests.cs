using System.Net;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;

namespace MissileTracker.Tests.Strikes;

/// <summary>Issue 13 item 7 (warning only): entering a strike shows stored strikes that may be the same event.</summary>
public sealed class StrikeDuplicateWarningTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    private static Dictionary<string, string> Strike(string date, string oblast, string weapon = "kn-23") => new()
    {
        ["Input.Date"] = date, ["Input.DatePrecision"] = "NightOf", ["Input.LocationPrecision"] = "Settlement",
        ["Input.Oblast"] = oblast, ["Input.Settlement"] = oblast, ["Input.MissileType"] = weapon,
        ["Input.OriginStatus"] = "ReportedByOfficials", ["Input.Summary"] = "A night attack reported by the regional governor.", ["Input.Version"] = "",
    };

    [Fact]
    public async Task A_strike_a_day_after_a_stored_one_in_the_same_oblast_is_saved_and_opens_with_a_link_to_the_stored_one()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);

        var created = await editor.PostFormAsync("/editor/strikes", Strike("2024-01-07", "Kharkiv"));
        var (_, page) = await editor.GetPageAsync(created.Headers.Location!.ToString());

        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(4, "the warning never blocks the save");
        page.QuerySelector("[role=status]")!.TextContent.Should().Contain("may duplicate");
        var warning = page.QuerySelector("#likely-duplicates");
        warning.Should().NotBeNull();
        warning!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should()
            .Contain([$"/editor/strikes/{KnownEvidence.KharkivStrikeId}", KnownEvidence.KharkivStrikePath]);
        warning.TextContent.Should().Contain("6 Jan 2024");
    }

    [Fact]
    public async Task A_strike_in_another_oblast_or_two_days_away_gets_no_warning()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);

        var elsewhere = await editor.PostFormAsync("/editor/strikes", Strike("2024-01-06", "Odesa"));
        var later = await editor.PostFormAsync("/editor/strikes", Strike("2024-01-08", "Kharkiv"));

        foreach (var created in new[] { elsewhere, later })
        {
            var (_, page) = await editor.GetPageAsync(created.Headers.Location!.ToString());
            page.QuerySelector("#likely-duplicates").Should().BeNull();
        }
    }

    [Fact]
    public async Task A_placeless_strike_on_the_same_day_is_a_likely_duplicate_of_a_located_one()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        var fields = Strike("2024-01-06", "");
        fields["Input.LocationPrecision"] = "NotReported";
        fields["Input.Settlement"] = "";

        var created = await editor.PostFormAsync("/editor/strikes", fields);
        var (_, page) = await editor.GetPageAsync(created.Headers.Location!.ToString());

        page.QuerySelector("#likely-duplicates a")!.GetAttribute("href").Should().Be($"/editor/strikes/{KnownEvidence.KharkivStrikeId}");
    }
}
