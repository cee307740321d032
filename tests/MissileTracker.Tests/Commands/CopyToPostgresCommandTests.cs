using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.AirForce;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Commands;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;
using Npgsql;

namespace MissileTracker.Tests.Commands;

[Trait("Provider", "PostgresOnly")]
public sealed class CopyToPostgresCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tracker-copy-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Copies_every_table_so_the_app_on_PostgreSQL_serves_the_same_records_and_accepts_new_ones()
    {
        var file = Path.Combine(_folder, "tracker.db");
        using var source = new TrackerApp(connectionString: $"Data Source={file}");
        var (token, draftId, kharkivId) = await FillEveryTableAsync(source);

        // Not started until after the copy: starting it would create the roles in the target.
        using var copy = new TrackerApp(knownEvidence: false, postgres: PostgresTestDatabase.CreateEmpty());
        var output = new StringWriter();
        // The source app keeps running: the copy reads a live file.
        var exit = await CopyToPostgresCommand.RunAsync(["copy-to-postgres", "--from", file, "--to", copy.ConnectionString], output);

        exit.Should().Be(0, output.ToString());
        var counts = await source.WithDbAsync(CountsAsync);
        counts.Values.Should().OnlyContain(n => n > 0, "every table holds rows, so the copy of every table is checked");
        (await copy.WithDbAsync(CountsAsync)).Should().Equal(counts);
        output.ToString().Should().Contain("OK").And.NotContain("MISMATCH");
        var triggers = await copy.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT tgenabled::text AS \"Value\" FROM pg_trigger WHERE tgrelid = '\"Strikes\"'::regclass AND NOT tgisinternal").ToListAsync());
        triggers.Should().NotBeEmpty().And.OnlyContain(state => state == "O", "the copy turns the tables' triggers off while it loads and on again after");
        using (var migrated = PostgresTestDatabase.Create())
        {
            (await SchemaAsync(copy.ConnectionString)).Should().Equal(await SchemaAsync(migrated.ConnectionString), "the indexes and foreign keys were rebuilt as migrated");
        }

        // Identity's LockoutEnd (a DateTimeOffset, not stamped by the app's UTC converter) keeps ticks on SQLite and microseconds on PostgreSQL.
        (await copy.WithDbAsync(RowsAsync)).Should().BeEquivalentTo(await source.WithDbAsync(RowsAsync), o => o.RespectingRuntimeTypes()
            .Using<DateTimeOffset>(at => at.Subject.Should().BeCloseTo(at.Expectation, TimeSpan.FromMicroseconds(1))).WhenTypeIs<DateTimeOffset>(),
            "every value survives the copy");

        foreach (var url in new[] { "/api/v1/strikes?pageSize=100", $"/api/v1/strikes/{kharkivId}", $"/strikes/{kharkivId}", "/api/v1/strikes/deleted",
                     "/api/v1/reports", "/api/v1/officials", "/api/v1/claims", "/api/v1/weapons" })
        {
            (await copy.CreateClient().GetStringAsync(url)).Should().Be(await source.CreateClient().GetStringAsync(url), url);
        }

        var editorOnCopy = copy.CreateClient();
        editorOnCopy.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var editorOnSource = source.CreateClient();
        editorOnSource.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await editorOnCopy.GetStringAsync($"/api/v1/strikes/{draftId}")).Should().Be(await editorOnSource.GetStringAsync($"/api/v1/strikes/{draftId}"),
            "the API token and the draft came across");
        var signIn = await copy.CookieClient().PostFormAsync("/account/login", new() { ["Input.Email"] = "editor@example.org", ["Input.Password"] = Staff.Password });
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect, "the password hash came across");

        // New rows get fresh ids: the identity sequences were moved past the copied ones.
        var created = await editorOnCopy.PostAsJsonAsync("/api/v1/strikes", new
        {
            date = "2024-02-07", datePrecision = "Day", oblast = "Kharkiv", locationPrecision = "Oblast", originStatus = "ReportedByOfficials",
            missileType = "kn-23", summary = "Written after the copy.",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await created.ReadJsonAsync<StrikeDetail>()).Id.Should().BeGreaterThan(await source.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().MaxAsync(s => s.Id)));
        await copy.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == "editor@example.org");
            db.UserClaims.Add(new IdentityUserClaim<string> { UserId = user.Id, ClaimType = "team", ClaimValue = "after the copy" });
            db.RoleClaims.Add(new IdentityRoleClaim<string> { RoleId = (await db.Roles.FirstAsync()).Id, ClaimType = "scope", ClaimValue = "after the copy" });
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Refuses_a_target_that_already_holds_data_and_leaves_it_untouched()
    {
        var file = Path.Combine(_folder, "tracker.db");
        using (var source = new TrackerApp(connectionString: $"Data Source={file}"))
        {
            source.CreateClient();
        }

        using var target = new TrackerApp();
        target.IsPostgres.Should().BeTrue();
        await target.AddAsync(Evidence.Strike(new DateOnly(2024, 5, 1), Oblast.Sumy));
        var before = await target.WithDbAsync(RowsAsync);

        var output = new StringWriter();
        var exit = await CopyToPostgresCommand.RunAsync(["copy-to-postgres", "--from", file, "--to", target.ConnectionString], output);

        exit.Should().Be(1);
        output.ToString().Should().Contain("already holds data").And.Contain("Strikes").And.Contain("nothing was copied");
        (await target.WithDbAsync(RowsAsync)).Should().BeEquivalentTo(before, o => o.RespectingRuntimeTypes());
    }

    // Both are rows SQLite accepted (it checks neither lengths nor, with foreign keys off, references) and
    // PostgreSQL refuses: the first while the Strikes are copied, the second when the foreign keys are
    // checked after every table has been copied and the indexes rebuilt.
    [Theory]
    [InlineData("UPDATE \"Strikes\" SET \"Settlement\" = printf('%.500c', 'x') WHERE \"Id\" = 2", "value too long", "Strikes")]
    [InlineData("INSERT INTO \"StrikeReports\" (\"StrikeId\", \"ReportId\") VALUES (1, 999)", "foreign key", "(ReportId)=(999)")]
    public async Task A_row_PostgreSQL_refuses_rolls_the_whole_copy_back(string damage, string error, string where)
    {
        var file = Path.Combine(_folder, "tracker.db");
        using (var source = new TrackerApp(connectionString: $"Data Source={file}"))
        {
            source.CreateClient();
        }

        await using (var sqlite = new SqliteConnection($"Data Source={file};Foreign Keys=False;Pooling=False"))
        {
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = damage;
            (await command.ExecuteNonQueryAsync()).Should().Be(1);
        }

        using var target = PostgresTestDatabase.CreateEmpty();
        using var migrated = PostgresTestDatabase.Create();
        var output = new StringWriter();
        var exit = await CopyToPostgresCommand.RunAsync(["copy-to-postgres", "--from", file, "--to", target.ConnectionString], output);

        exit.Should().Be(1);
        output.ToString().Should().Contain("no data was committed").And.Contain(error).And.Contain(where);
        await using var db = new PostgresTrackerDbContext(new DbContextOptionsBuilder<PostgresTrackerDbContext>().UseNpgsql(target.ConnectionString).Options);
        var counts = await CountsAsync(db);
        counts.Where(c => c.Key != "Weapons").Should().OnlyContain(c => c.Value == 0, "no copied row was kept");
        counts["Weapons"].Should().Be(WeaponCatalog.All.Length, "the migrations' own weapon catalogue is all there is");
        (await SchemaAsync(target.ConnectionString)).Should().Equal(await SchemaAsync(migrated.ConnectionString), "the dropped indexes and foreign keys are back");
    }

    // A draft by an editor (with an API token), a deleted strike, and a row in every Identity table.
    private static async Task<(string Token, int DraftId, int KharkivId)> FillEveryTableAsync(TrackerApp app)
    {
        var editor = await app.ClientWithRolesAsync("editor", Roles.Editor);
        var reviewer = await app.ClientWithRolesAsync("reviewer", Roles.Reviewer);
        var draft = await editor.PostAsJsonAsync("/api/v1/strikes", new
        {
            date = "2024-02-07", datePrecision = "Day", timeOfDay = "06:00", settlement = "Kharkiv", oblast = "Kharkiv", gazetteerKey = "706483",
            locationPrecision = "Settlement", originStatus = "ReportedByOfficials", missileType = "kn-23", missilesLaunched = 5, injured = 3,
            summary = "A draft, not yet reviewed.",
        });
        draft.StatusCode.Should().Be(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync());
        var deleted = await app.AddAsync(Evidence.Strike(new DateOnly(2024, 3, 1), Oblast.Sumy, publication: PublicationStatus.Published));
        (await reviewer.DeleteAsync($"/api/v1/strikes/{deleted.Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
            var user = (await users.FindByEmailAsync("editor@example.org"))!;
            (await users.AddClaimAsync(user, new Claim("team", "kharkiv"))).Succeeded.Should().BeTrue();
            (await users.AddLoginAsync(user, new UserLoginInfo("test-provider", "key-1", "Test provider"))).Succeeded.Should().BeTrue();
            (await users.SetAuthenticationTokenAsync(user, "test-provider", "refresh", "token-value")).Succeeded.Should().BeTrue();
            var locked = (await users.FindByEmailAsync(await app.CreateUserAsync("locked")))!;
            (await users.SetLockoutEndDateAsync(locked, DateTimeOffset.UtcNow.AddDays(1))).Succeeded.Should().BeTrue();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            (await roles.AddClaimAsync((await roles.FindByNameAsync(Roles.Reviewer))!, new Claim("scope", "publish"))).Succeeded.Should().BeTrue();
        }

        // Tables the known evidence leaves empty: a snapshot and a link check of a report, a claim's region, a reference key.
        await app.WithDbAsync(async db =>
        {
            var report = await db.Reports.OrderBy(r => r.Id).FirstAsync();
            db.Add(new MissileTracker.Web.Sources.ReportSnapshot
            {
                ReportId = report.Id, Sha256 = new string('a', 64), MediaType = "application/pdf", SizeBytes = 1234,
                Origin = MissileTracker.Web.Sources.SnapshotOrigin.Upload, CapturedAt = DateTime.UtcNow, CapturedBy = "editor@example.org",
            });
            db.Add(new MissileTracker.Web.Sources.LinkCheck { ReportId = report.Id, CheckedAt = DateTime.UtcNow, StatusCode = 404, Broken = true });
            // A physical evidence record with a report, a photo and a custody step.
            var evidence = new MissileTracker.Web.Evidence.EvidenceRecord
            {
                StrikeId = await db.Strikes.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(), Component = "missile remnants", Finding = "Hwasong-11 series",
                ExaminedBy = "UN Panel of Experts", Status = MissileTracker.Web.Publishing.PublicationStatus.Published, PublishedAt = DateTime.UtcNow,
            };
            evidence.Reports.Add(new MissileTracker.Web.Evidence.EvidenceReport { EvidenceRecord = evidence, ReportId = report.Id });
            evidence.Photos.Add(new MissileTracker.Web.Evidence.EvidencePhoto
            {
                Sha256 = new string('c', 64), MediaType = "image/png", SizeBytes = 10, CapturedAt = DateTime.UtcNow, CapturedBy = "editor@example.org",
            });
            evidence.Custody.Add(new MissileTracker.Web.Evidence.CustodyEvent { Position = 1, Holder = "Conflict Armament Research" });
            db.Add(evidence);
            var claim = await db.Statements.IgnoreQueryFilters().OrderBy(s => s.Id).FirstAsync(s => s.IsAggregate);
            if (!await db.ClaimRegions.AnyAsync())
            {
                db.Add(new MissileTracker.Web.Statements.ClaimRegion { StatementId = claim.Id, Position = 0, NameAsSaid = "Kyiv", Oblast = Oblast.Kyiv, Count = 3 });
            }

            db.Add(new MissileTracker.Web.Data.Reference.ReferenceKey
            {
                Key = "report:copy-test", Kind = MissileTracker.Web.Data.Reference.ReferenceKind.Report, EntityId = report.Id, ShippedHash = new string('b', 64), AppliedAt = DateTime.UtcNow,
            });
            if (!await db.StatementStrikeWeapons.AnyAsync())
            {
                var link = await db.StatementStrikes.OrderBy(x => x.StatementId).FirstAsync();
                db.Add(new MissileTracker.Web.Statements.StatementStrikeWeapon { StatementId = link.StatementId, StrikeId = link.StrikeId, WeaponId = 1 });
            }

            await db.SaveChangesAsync();
        });

        // The Air Force tables: an import of the hand-written fixture (import, reports, rows) and a confirmed link.
        (await editor.ImportAsync(AirForceFixtures.Csv)).StatusCode.Should().Be(HttpStatusCode.OK);
        var kharkiv = await app.StrikeIdOnAsync(new DateOnly(2024, 1, 6));
        var airForceRow = await app.WithDbAsync(db => db.AirForceReportRows.Where(r => r.Label == "Iskander-M/KN-23").Select(r => r.Id).SingleAsync());
        (await editor.PostAsJsonAsync("/api/v1/airforce/links", new { strikeId = kharkiv, rowId = airForceRow, decision = "Confirmed" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        return (editor.DefaultRequestHeaders.Authorization!.Parameter!, (await draft.ReadJsonAsync<StrikeDetail>()).Id,
            await app.StrikeIdOnAsync(new DateOnly(2024, 1, 6)));
    }

    // Rows per table of the model, counted by SQL rather than through EF's query filters.
    private static async Task<Dictionary<string, long>> CountsAsync(TrackerDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in db.Model.GetRelationalModel().Tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table.Name}\"";
            counts[table.Name] = Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    // The definitions of every index and constraint, as the server prints them.
    private static async Task<List<string>> SchemaAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("""
            SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
            UNION ALL
            SELECT format('%s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            ORDER BY 1
            """, connection);
        await using var reader = await query.ExecuteReaderAsync();
        var definitions = new List<string>();
        while (await reader.ReadAsync())
        {
            definitions.Add(reader.GetString(0));
        }

        return definitions;
    }

    // Every entity of every type in the model, drafts and tombstones included, as EF Core reads them.
    private static async Task<Dictionary<string, List<object>>> RowsAsync(TrackerDbContext db)
    {
        var rows = new Dictionary<string, List<object>>();
        foreach (var type in db.Model.GetEntityTypes())
        {
            var query = (IQueryable<object>)typeof(CopyToPostgresCommandTests).GetMethod(nameof(All), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type.ClrType).Invoke(null, [db])!;
            rows[type.Name] = await query.ToListAsync();
        }

        return rows;
    }

    private static IQueryable<object> All<T>(TrackerDbContext db)
        where T : class => db.Set<T>().IgnoreQueryFilters().AsNoTracking();
}
