using System.Net;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.AirForce;
using MissileTracker.Web.Commands;
using MissileTracker.Web.Querying;

namespace MissileTracker.Tests.AirForce;

public sealed class AirForceImportTests
{
    private static async Task<AirForceImportResult> ImportOkAsync(HttpClient editor, string csv, bool allWeapons = false, bool dryRun = false)
    {
        var response = await editor.ImportAsync(csv, allWeapons: allWeapons, dryRun: dryRun, datasetVersion: "fixture-1");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync<AirForceImportResult>();
    }

    private static async Task<List<AirForceRowDto>> RowsAsync(HttpClient client, string query = "") =>
        (await client.GetJsonAsync<PagedResponse<AirForceRowDto>>("/api/v1/airforce/reports?pageSize=100" + query)).Items.ToList();

    [Fact]
    public async Task Reads_every_column_shape_of_the_dataset()
    {
        using var app = new TrackerApp();
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);

        var result = await ImportOkAsync(editor, AirForceFixtures.Csv);

        result.Should().BeEquivalentTo(new { RowsRead = 5, RowsSkipped = 2, RowsAdded = 3, RowsUpdated = 0, RowsUnchanged = 0, RowsVanished = 0, DryRun = false, DatasetVersion = "fixture-1" });
        result.Sha256.Should().MatchRegex("^[0-9a-f]{64}$");
        var rows = await RowsAsync(app.CreateClient());
        rows.Select(r => r.Label).Should().Equal("Iskander-M/KN-23", "X-47 Kinzhal and Iskander-M/KN-23", "KN-23");

        var ambiguous = rows[0];
        ambiguous.Window.Should().Be(new AirForceWindow(new DateOnly(2024, 1, 5), new TimeOnly(22, 0), new DateOnly(2024, 1, 6), new TimeOnly(8, 0),
            "2024-01-05 22:00/2024-01-06 08:00", "Europe/Kyiv"), "an overnight window ends the next morning");
        ambiguous.Should().BeEquivalentTo(new
        {
            WeaponCodes = new[] { "iskander-m-or-kn-23" }, LabelMatch = LabelMatch.Ambiguous, NorthKorean = NorthKoreanReading.Possible,
            Launched = 6, Destroyed = (int?)null, NotReachedTarget = 2, IsShahed = false, HitLocations = 2,
            Targets = new[] { "Kharkiv oblast", "Kyiv oblast" }, TargetOblasts = new[] { "Kharkiv", "Kyiv" }, LaunchPlaces = new[] { "Belgorod oblast" },
            AffectedRegion = "Kharkiv oblast, Kyiv oblast", LaunchedDetails = "{'north': 4, 'east': NaN}", DestroyedDetails = (string?)null,
            Post = new AirForcePost("kpszsu", "kpszsu/posts/pfbid0FixtureAlpha1", "https://www.facebook.com/kpszsu/posts/pfbid0FixtureAlpha1"),
        });
        ambiguous.ContentKey.Should().MatchRegex("^[0-9a-f]{64}$");

        var combined = rows[1];
        combined.Should().BeEquivalentTo(new
        {
            WeaponCodes = new[] { "iskander-m-or-kn-23" }, UnknownLabelParts = new[] { "X-47 Kinzhal" }, LabelMatch = LabelMatch.Combined,
            NorthKorean = NorthKoreanReading.Possible, Launched = 10, Destroyed = 4, Carrier = "MiG-31K, Tu-22M3",
            LaunchPlaces = new[] { "Kursk oblast", "Bryansk oblast" }, Targets = new[] { "Ukraine" }, DestroyedDetails = "{'center': 4, 'south': NaN}",
        });
        combined.Post.Should().Be(ambiguous.Post, "two rows of one post");

        var exact = rows[2];
        exact.Should().BeEquivalentTo(new { WeaponCodes = new[] { "kn-23" }, LabelMatch = LabelMatch.Exact, NorthKorean = NorthKoreanReading.Confirmed, Launched = 2, Destroyed = 0, BorderCrossing = 2 });
        exact.Window.Should().BeEquivalentTo(new { Start = new DateOnly(2024, 1, 2), StartTime = (TimeOnly?)null, End = new DateOnly(2024, 1, 2), EndTime = (TimeOnly?)null, Text = "2024-01-02/2024-01-02" });

        (await app.WithDbAsync(db => db.AirForceReports.CountAsync())).Should().Be(2, "the two rows of one post and window share their report");
        (await app.WithDbAsync(db => db.AirForceImports.SingleAsync())).Should().BeEquivalentTo(new { FileName = "airforce-reports.csv", DatasetVersion = "fixture-1", ImportedBy = "editor@example.org", RowsAdded = 3 });
    }

    [Fact]
    public async Task All_weapons_takes_every_row()
    {
        using var app = new TrackerApp();
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);

        var result = await ImportOkAsync(editor, AirForceFixtures.Csv, allWeapons: true);

        result.RowsAdded.Should().Be(5);
        var drones = (await RowsAsync(app.CreateClient(), "&northKorean=None")).Should().HaveCount(2).And.Subject.First(r => r.Label == "Shahed-136/131");
        drones.Should().BeEquivalentTo(new { IsShahed = true, Launched = 36, Destroyed = 29, NorthKorean = NorthKoreanReading.None, LabelMatch = LabelMatch.Unknown });
        (await RowsAsync(app.CreateClient(), "&oblast=Odesa")).Select(r => r.Label).Should().BeEquivalentTo(
            ["X-47 Kinzhal and Iskander-M/KN-23", "Shahed-136/131", "Kh-59"], "the Odesa oblast target, and the rows aimed at \"Ukraine\"");
        (await RowsAsync(app.CreateClient(), "&from=2024-01-06&to=2024-01-31")).Should().HaveCount(2, "windows that overlap the days asked for");
    }

    [Fact]
    public async Task A_second_import_of_the_same_file_changes_nothing()
    {
        using var app = new TrackerApp();
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);
        await ImportOkAsync(editor, AirForceFixtures.Csv);
        var before = await app.WithDbAsync(db => db.AirForceReportRows.OrderBy(r => r.Id).Select(r => new { r.Id, r.ContentKey, r.UpdatedAt }).ToListAsync());

        var again = await ImportOkAsync(editor, AirForceFixtures.Csv);

        again.Should().BeEquivalentTo(new { RowsAdded = 0, RowsUpdated = 0, RowsUnchanged = 3, RowsVanished = 0 });
        (await app.WithDbAsync(db => db.AirForceReportRows.OrderBy(r => r.Id).Select(r => new { r.Id, r.ContentKey, r.UpdatedAt }).ToListAsync()))
            .Should().Equal(before, "rows keep their ids and are not touched");
    }

    [Fact]
    public async Task Rows_are_matched_by_content_not_line_a_changed_row_is_updated_and_a_vanished_row_is_flagged()
    {
        using var app = new TrackerApp();
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);
        await ImportOkAsync(editor, AirForceFixtures.Csv);
        var ids = (await RowsAsync(app.CreateClient())).ToDictionary(r => r.Label, r => r.Id);
        var lines = AirForceFixtures.Csv.TrimEnd('\n').Split('\n').ToList();
        // A new row on top (every line moves down), the ambiguous row's launched count corrected, the KN-23 row withdrawn.
        lines.Insert(1, "2024-01-09 20:00,2024-01-10 06:00,KN-23,Belgorod oblast,Sumy oblast,,1.0,1.0,,,,,,,,,,,,,,kpszsu/posts/pfbid0FixtureDelta4");
        lines[2] = lines[2].Replace(",6.0,,2.0,", ",7.0,,2.0,", StringComparison.Ordinal);
        lines.RemoveAll(l => l.Contains("pfbid0FixtureBravo2", StringComparison.Ordinal));

        var second = await ImportOkAsync(editor, string.Join('\n', lines) + "\n");

        second.Should().BeEquivalentTo(new { RowsAdded = 1, RowsUpdated = 1, RowsUnchanged = 1, RowsVanished = 1 });
        var current = await RowsAsync(app.CreateClient());
        current.Select(r => r.Label).Should().Equal("KN-23", "Iskander-M/KN-23", "X-47 Kinzhal and Iskander-M/KN-23");
        current.Single(r => r.Label == "Iskander-M/KN-23").Should().BeEquivalentTo(new { Id = ids["Iskander-M/KN-23"], Launched = 7 }, "updated in place");
        var withVanished = await RowsAsync(app.CreateClient(), "&includeVanished=true");
        withVanished.Single(r => r.Id == ids["KN-23"]).VanishedAt.Should().NotBeNull("kept and flagged, never deleted");

        var restored = await ImportOkAsync(editor, AirForceFixtures.Csv);
        restored.Should().BeEquivalentTo(new { RowsAdded = 0, RowsUpdated = 2, RowsUnchanged = 1, RowsVanished = 1 }, "the withdrawn row came back, the new one went");
        (await RowsAsync(app.CreateClient())).Single(r => r.Id == ids["KN-23"]).VanishedAt.Should().BeNull();
    }

    [Fact]
    public async Task Every_unreadable_cell_is_reported_with_its_row_and_column_and_nothing_is_written()
    {
        using var app = new TrackerApp();
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);
        var csv = AirForceFixtures.Header + "\n"
            + "2024-01-05 22:00,2024-01-06 08:00,KN-23,,Kharkiv oblast,,6.5,,,,,,,,,,,,,,,kpszsu/posts/pfbid0Good1\n"
            + "yesterday,2024-01-06,KN-23,,Ukraine,,1.0,-1,,,,maybe,,,,,,,,,,https://evil.example/x\n"
            + "2024-01-06 08:00,2024-01-05 22:00,,,Ukraine,,1.0,,,,,,,,,,,,,,,kpszsu/posts/pfbid0Good3\n";

        var response = await editor.ImportAsync(csv);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.ReadJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>();
        problem.Errors.Keys.Should().BeEquivalentTo("rows[1].launched", "rows[2].time_start", "rows[2].destroyed", "rows[2].is_shahed", "rows[2].source",
            "rows[3].time_end", "rows[3].model");
        problem.Errors["rows[1].launched"].Single().Should().StartWith("Row 1: '6.5' is not a count");
        (await app.WithDbAsync(db => db.AirForceReportRows.CountAsync())).Should().Be(0);
        (await app.WithDbAsync(db => db.AirForceImports.CountAsync())).Should().Be(0, "a refused file leaves no trace");
    }

    [Fact]
    public async Task A_missing_file_or_column_and_an_unclosed_quote_are_refused_by_name()
    {
        using var app = new TrackerApp();
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);

        var noFile = await editor.PostAsync("/api/v1/airforce/import", new MultipartFormDataContent { { new StringContent("true"), "dryRun" } });
        var noColumn = await editor.ImportAsync("time_start,time_end,model\n2024-01-01,2024-01-01,KN-23\n");
        var unclosed = await editor.ImportAsync(AirForceFixtures.Header + "\n2024-01-01,2024-01-01,\"KN-23,,,,,,,,,,,,,,,,,,,kpszsu/posts/x\n");

        (await noFile.ReadJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>()).Errors.Keys.Should().Equal("file");
        (await noColumn.ReadJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>()).Errors["header"].Single().Should().Contain("'launched'").And.Contain("'source'");
        unclosed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unclosed.ReadJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>()).Errors.Keys.Should().ContainSingle().Which.Should().Be("rows[1]");
    }

    [Fact]
    public async Task A_dry_run_counts_and_writes_nothing_and_the_import_needs_an_editor_token()
    {
        using var app = new TrackerApp();
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);

        var dry = await ImportOkAsync(editor, AirForceFixtures.Csv, dryRun: true);
        var anonymous = await app.CreateClient().ImportAsync(AirForceFixtures.Csv);

        dry.Should().BeEquivalentTo(new { DryRun = true, ImportId = (int?)null, RowsAdded = 3 });
        (await app.WithDbAsync(db => db.AirForceReportRows.CountAsync())).Should().Be(0);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_command_imports_a_file_and_reports_bad_cells()
    {
        using var app = new TrackerApp();
        var folder = Directory.CreateTempSubdirectory("airforce-");
        try
        {
            var bad = Path.Combine(folder.FullName, "bad.csv");
            await File.WriteAllTextAsync(bad, AirForceFixtures.Header + "\n2024-01-01,2024-01-01,KN-23,,Ukraine,,x,,,,,,,,,,,,,,,kpszsu/posts/p1\n");
            var output = new StringWriter();

            var imported = await ImportAirForceCommand.RunAsync(app.Services, ["import-airforce", "--file", AirForceFixtures.FilePath, "--dataset-version", "v1"], output);
            var refused = await ImportAirForceCommand.RunAsync(app.Services, ["import-airforce", "--file", bad], output);
            var usage = await ImportAirForceCommand.RunAsync(app.Services, ["import-airforce", "--fiel", "x"], output);

            imported.Should().Be(0);
            refused.Should().Be(1);
            usage.Should().Be(2);
            output.ToString().Should().Contain("5 rows read, 2 skipped").And.Contain("3 added").And.Contain("dataset version v1")
                .And.Contain("rows[1].launched: Row 1: 'x' is not a count");
            (await app.WithDbAsync(db => db.AirForceImports.Select(i => i.ImportedBy).SingleAsync())).Should().Be("import-airforce");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_csv_export_lists_the_rows_with_their_post()
    {
        using var app = new TrackerApp();
        await ImportOkAsync(await app.ClientWithRolesAsync("editor", Roles.Editor), AirForceFixtures.Csv);

        var response = await app.CreateClient().GetAsync("/api/v1/airforce/reports.csv?northKorean=Confirmed");

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd().Split("\r\n");
        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("id,contentKey,windowStart");
        lines[1].Should().Contain(",KN-23,kn-23,Exact,Confirmed,2,0,").And.Contain("https://www.facebook.com/kpszsu/posts/pfbid0FixtureBravo2");
    }
}
