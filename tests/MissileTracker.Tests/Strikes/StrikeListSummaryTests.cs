using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Strikes;

/// <summary>
/// The list reads each strike's summary columns by name and its officials in a query of their own
/// (<c>StrikeSummaryRow</c>): a column left out of the projection, or a visibility rule lost from the officials' query,
/// must show here.
/// </summary>
public sealed class StrikeListSummaryTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_summary_says_what_the_strikes_detail_says_for_every_field_they_share()
    {
        var strike = Evidence.Strike(new DateOnly(2025, 4, 3), Oblast.Kharkiv, "Kupiansk", at: (49.71, 37.61), district: "Kupiansk Raion", killed: 2, injured: 7);
        strike.DatePrecision = DatePrecision.Window;
        strike.TimeOfDay = new TimeOnly(22, 15);
        strike.EndsOn = new DateOnly(2025, 4, 4);
        strike.EndTime = new TimeOnly(4, 30);
        strike.MissilesLaunched = 3;
        strike.MissilesLaunchedQualifier = FigureQualifier.Range;
        strike.MissilesLaunchedHigh = 5;
        strike.MissilesIntercepted = 1;
        strike.MissilesInterceptedQualifier = FigureQualifier.AtLeast;
        strike.KilledQualifier = FigureQualifier.About;
        strike.InjuredWords = "seven";
        strike.DateNote = "Not in the summary";
        await _app.AddAsync(strike);
        var client = _app.CreateClient();

        var list = JsonNode.Parse(await client.GetStringAsync("/api/v1/strikes"))!;
        var detail = JsonNode.Parse(await client.GetStringAsync($"/api/v1/strikes/{strike.Id}"))!.AsObject();

        var summary = list["items"]!.AsArray().Should().ContainSingle().Subject!.AsObject();
        var shared = summary.Select(p => p.Key).Except(["officialsQuoted", "reportCount"]).ToList();
        shared.Should().Contain(["window", "location", "missileType", "missilesLaunched", "missilesIntercepted", "killed", "injured", "dateText", "updatedAt"]);
        foreach (var field in shared)
        {
            JsonNode.DeepEquals(summary[field], detail[field]).Should().BeTrue($"{field} should be the same in the list ({summary[field]?.ToJsonString()}) and the detail ({detail[field]?.ToJsonString()})");
        }
    }

    [Fact]
    public async Task Officials_of_draft_or_deleted_statements_are_not_quoted_and_the_rest_come_once_each_by_name()
    {
        var strike = Evidence.Strike(new DateOnly(2025, 5, 1), Oblast.Kharkiv);
        var other = Evidence.Strike(new DateOnly(2025, 4, 1), Oblast.Kharkiv);
        // Two officials of one name (told apart by id), one quoted twice, one only in a draft and one only in a deleted statement.
        var zoryana = Evidence.Official("Zoryana Bilyk");
        var firstAndrii = Evidence.Official("Andrii Koval");
        var secondAndrii = Evidence.Official("Andrii Koval");
        var drafted = Evidence.Official("Draft Only");
        var deleted = Evidence.Official("Deleted Only");
        var statements = new List<Statement>
        {
            Evidence.Says(zoryana, strike, Evidence.Report("One")),
            Evidence.Says(zoryana, strike, Evidence.Report("Two")),
            Evidence.Says(secondAndrii, strike, Evidence.Report("Three")),
            Evidence.Says(firstAndrii, strike, Evidence.Report("Four")),
            Evidence.Says(drafted, strike, Evidence.Report("Five")),
            Evidence.Says(deleted, strike, Evidence.Report("Six")),
            Evidence.Says(drafted, other, Evidence.Report("Seven")),
        };
        statements[4].Status = PublicationStatus.Draft;
        statements[6].Status = PublicationStatus.Draft;
        // The namesakes are stored first, so the one the page must list first has the lower id.
        await _app.AddRangeAsync(firstAndrii, secondAndrii);
        foreach (var statement in statements.Where(s => s.Official == firstAndrii || s.Official == secondAndrii))
        {
            (statement.OfficialId, statement.Official) = (statement.Official!.Id, null);
        }

        await _app.AddRangeAsync([.. statements]);
        await _app.WithDbAsync(db => db.Statements.Where(s => s.Id == statements[5].Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.DeletedAt, DateTime.UtcNow)));

        var page = await _app.CreateClient().GetJsonAsync<Web.Querying.PagedResponse<StrikeSummary>>("/api/v1/strikes?oblast=Kharkiv");

        page.Items.Select(s => s.Id).Should().Equal(strike.Id, other.Id);
        page.Items[0].OfficialsQuoted.Select(o => (o.Id, o.Name)).Should().Equal(
            (firstAndrii.Id, "Andrii Koval"), (secondAndrii.Id, "Andrii Koval"), (zoryana.Id, "Zoryana Bilyk"));
        page.Items[1].OfficialsQuoted.Should().BeEmpty();
    }
}
