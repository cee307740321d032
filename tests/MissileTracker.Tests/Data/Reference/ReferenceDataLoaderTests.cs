using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Commands;
using MissileTracker.Web.Data;
using MissileTracker.Web.Data.Reference;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.History;
using MissileTracker.Web.Places;

namespace MissileTracker.Tests.Data.Reference;

/// <summary>Loading the reference data: the first-start contract, idempotency, dry runs and editors' edits.</summary>
public sealed class ReferenceDataLoaderTests
{
    [Fact]
    public async Task First_start_loads_the_record_into_an_empty_database()
    {
        using var app = ReferenceApps.FirstStart();

        var counts = await app.WithDbAsync(Counts);

        counts.Should().Be((11, 43, 17, 47, 124));
    }

    [Fact]
    public async Task A_database_that_already_holds_data_is_left_alone_at_start()
    {
        var connection = $"Data Source=reference-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        using var keepAlive = new Microsoft.Data.Sqlite.SqliteConnection(connection);
        keepAlive.Open();
        using (var first = new TrackerApp(knownEvidence: false, connectionString: connection))
        {
            await first.AddAsync(Evidence.Report("An editor's report"));
        }

        using var app = new TrackerApp(knownEvidence: false, connectionString: connection,
            settings: new Dictionary<string, string?> { ["Database:SeedReferenceData"] = "true" });

        (await app.WithDbAsync(Counts)).Should().Be((0, 1, 0, 0, 0));
    }

    [Fact]
    public async Task Applying_again_changes_nothing_and_writes_no_history()
    {
        using var app = ReferenceApps.FirstStart();
        var before = await app.WithDbAsync(Counts);
        var history = await app.WithDbAsync(db => db.ChangeLog.CountAsync());

        var result = await ApplyAsync(app, dryRun: false);

        result.Changes.Should().OnlyContain(c => c.Action == ReferenceAction.Unchanged);
        result.Changes.Should().HaveCount(11 + 43 + 17 + 47 + 6);
        (await app.WithDbAsync(Counts)).Should().Be(before);
        (await app.WithDbAsync(db => db.ChangeLog.CountAsync())).Should().Be(history);
    }

    [Fact]
    public async Task A_dry_run_on_an_empty_database_lists_every_record_and_writes_nothing()
    {
        using var app = new TrackerApp(knownEvidence: false);

        var result = await ApplyAsync(app, dryRun: true);

        result.Count(ReferenceAction.Added).Should().Be(11 + 43 + 17 + 47 + 6);
        (await app.WithDbAsync(Counts)).Should().Be((0, 0, 0, 0, 0));
        (await app.WithDbAsync(db => db.Places.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_shipped_record_nobody_edited_is_brought_up_to_the_shipped_values()
    {
        using var app = ReferenceApps.FirstStart();
        var id = await IdOfAsync(app, "strike:2024-02-14");
        var changed = WithStrikeSummary(ReferenceDataset.Shipped, "strike:2024-02-14", "A corrected summary of the 14 Feb 2024 strike.");

        var dryRun = await ApplyAsync(app, dryRun: true, changed);
        var run = await ApplyAsync(app, dryRun: false, changed);
        var again = await ApplyAsync(app, dryRun: false, changed);

        dryRun.Changes.Single(c => c.Key == "strike:2024-02-14").Should().Be(new ReferenceChange("strike:2024-02-14", ReferenceAction.Updated, id, "summary"));
        run.Changes.Where(c => c.Action != ReferenceAction.Unchanged).Should().ContainSingle().Which.Action.Should().Be(ReferenceAction.Updated);
        again.Changes.Should().OnlyContain(c => c.Action == ReferenceAction.Unchanged);
        (await app.WithDbAsync(db => db.Strikes.SingleAsync(s => s.Id == id))).Summary.Should().Be("A corrected summary of the 14 Feb 2024 strike.");
        (await app.WithDbAsync(db => db.HistoryOfAsync("Strike", id, staff: true, CancellationToken.None))).Should().Contain(h => h.Reason == ReferenceDataLoader.ChangeReason && h.Changes.Any(c => c.Field == "summary"));
    }

    [Fact]
    public async Task An_editors_later_edit_is_kept_and_a_changed_shipped_value_is_reported_as_a_conflict()
    {
        using var app = ReferenceApps.FirstStart();
        var id = await IdOfAsync(app, "strike:2024-02-14");
        await app.WithDbAsync(async db =>
        {
            var strike = await db.Strikes.SingleAsync(s => s.Id == id);
            strike.Summary = "An editor's own summary of the 14 Feb 2024 strike.";
            await db.SaveChangesAsync();
        });

        var unchangedShipping = await ApplyAsync(app, dryRun: false);
        var changed = WithStrikeSummary(ReferenceDataset.Shipped, "strike:2024-02-14", "A corrected summary of the 14 Feb 2024 strike.");
        var output = new StringWriter();
        await SeedReferenceCommand.WriteAsync(await ApplyAsync(app, dryRun: false, changed), output);

        unchangedShipping.Changes.Single(c => c.Key == "strike:2024-02-14").Action.Should().Be(ReferenceAction.KeptEdit);
        output.ToString().Should().Contain($"strike:2024-02-14 (#{id}) CONFLICT: edited after it was shipped, and the shipped values changed too (in: summary); not overwritten")
            .And.Contain("1 conflicts.");
        (await app.WithDbAsync(db => db.Strikes.SingleAsync(s => s.Id == id))).Summary.Should().Be("An editor's own summary of the 14 Feb 2024 strike.");
    }

    [Fact]
    public async Task A_shipped_strike_a_reviewer_merged_into_another_stays_merged()
    {
        using var app = ReferenceApps.FirstStart();
        var kyiv = await IdOfAsync(app, "strike:2024-01-02-kyiv");
        var kharkiv = await IdOfAsync(app, "strike:2024-01-02-kharkiv");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var merge = await scope.ServiceProvider.GetRequiredService<StrikeMerger>()
                .MergeAsync(kyiv, kharkiv, new EditingUser("reviewer@example.org", IsReviewer: true, "A test merge."), CancellationToken.None);
            merge.Should().BeOfType<EditResult<Strike>.Done>();
        }

        var result = await ApplyAsync(app, dryRun: false);

        result.Changes.Single(c => c.Key == "strike:2024-01-02-kyiv").Action.Should().Be(ReferenceAction.KeptEdit);
        result.Changes.Should().NotContain(c => c.Action == ReferenceAction.Updated || c.Action == ReferenceAction.Added || c.Action == ReferenceAction.Conflict);
        (await app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().SingleAsync(s => s.Id == kyiv))).MergedIntoId.Should().Be(kharkiv);
    }

    [Fact]
    public async Task A_report_an_editor_already_stored_under_the_same_URL_is_linked_not_duplicated()
    {
        using var app = new TrackerApp(knownEvidence: false);
        await app.AddAsync(Evidence.Report("Russia uses North Korean missiles, prosecutor general confirms", url: "https://en.interfax.com.ua/news/general/959971.html"));

        var result = await ApplyAsync(app, dryRun: false);

        result.Changes.Single(c => c.Key == "report:interfax-959971").Action.Should().Be(ReferenceAction.Linked);
        (await app.WithDbAsync(db => db.Reports.CountAsync())).Should().Be(43);
        (await app.WithDbAsync(db => db.Reports.SingleAsync(r => r.Url == new Uri("https://en.interfax.com.ua/news/general/959971.html"))))
            .Title.Should().Be("Russia uses North Korean missiles, prosecutor general confirms");
    }

    [Fact]
    public async Task The_command_reports_a_dry_run_and_exits_0_without_conflicts()
    {
        using var app = new TrackerApp(knownEvidence: false);
        var output = new StringWriter();

        var exit = await SeedReferenceCommand.RunAsync(app.Services, ["seed-reference", "--dry-run"], output);

        exit.Should().Be(0);
        output.ToString().Should().Contain("strike:2024-01-02-kharkiv would be added").And.Contain("Dry run, nothing written. 124 added, 0 updated");
        (await app.WithDbAsync(db => db.Strikes.CountAsync())).Should().Be(0);
    }

    private static async Task<ReferenceLoadResult> ApplyAsync(TrackerApp app, bool dryRun, ReferenceDataset? data = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var loader = new ReferenceDataLoader(scope.ServiceProvider.GetRequiredService<TrackerDbContext>(), scope.ServiceProvider.GetRequiredService<Gazetteer>());
        return await loader.ApplyAsync(data ?? ReferenceDataset.Shipped, dryRun);
    }

    private static Task<int> IdOfAsync(TrackerApp app, string key) =>
        app.WithDbAsync(db => db.Set<ReferenceKey>().Where(k => k.Key == key).Select(k => k.EntityId).SingleAsync());

    private static ReferenceDataset WithStrikeSummary(ReferenceDataset data, string key, string summary) =>
        data with { Strikes = [.. data.Strikes.Select(s => s.Key == key ? s with { Summary = summary } : s)] };

    private static async Task<(int Strikes, int Reports, int Officials, int Statements, int Keys)> Counts(TrackerDbContext db) =>
        (await db.Strikes.IgnoreQueryFilters().CountAsync(), await db.Reports.IgnoreQueryFilters().CountAsync(), await db.Officials.CountAsync(),
            await db.Statements.IgnoreQueryFilters().CountAsync(), await db.Set<ReferenceKey>().CountAsync());
}
