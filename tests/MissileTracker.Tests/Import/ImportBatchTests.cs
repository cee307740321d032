using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data;
using MissileTracker.Web.Import;

namespace MissileTracker.Tests.Import;

/// <summary>
/// An import looks up what is already stored one batch of <see cref="Importer.BatchSize"/> rows at
/// a time. Its cost must be O(rows): the queries it sends grow with the number of batches, never
/// with the rows in a batch (a query per row made a 20,000-row dry run take 587 s:
/// docs/performance.md). Counted with an EF Core command interceptor, not a clock. And a row
/// must be matched whichever batch holds it.
/// </summary>
public sealed class ImportBatchTests : IDisposable
{
    private readonly QueryCounter _queries = new();
    private readonly TrackerApp _app;

    public ImportBatchTests() =>
        _app = new TrackerApp(knownEvidence: false, configureServices: services =>
        {
            services.ConfigureDbContext<SqliteTrackerDbContext>(options => options.AddInterceptors(_queries));
            services.ConfigureDbContext<PostgresTrackerDbContext>(options => options.AddInterceptors(_queries));
        });

    public void Dispose() => _app.Dispose();

    /// <summary>Rows of a JSON import: each strike with its own report, all new (distinct by <paramref name="batch"/>).</summary>
    private static object Rows(string batch, int count) => new
    {
        reports = Enumerable.Range(0, count).Select(i => new
        {
            key = $"r{i}",
            report = new { url = $"https://example.org/{batch}/{i}", outlet = "Example", title = $"Report {i}", language = "en" },
        }),
        strikes = Enumerable.Range(0, count).Select(i => new
        {
            strike = new
            {
                date = new DateOnly(2024, 1, 1).AddDays(i % 365).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                datePrecision = "Day", locationPrecision = "NotReported", originStatus = "Suspected", missileType = "kn-23",
                summary = $"Strike {i} of import {batch}.",
            },
            reportKeys = new[] { $"r{i}" },
        }),
    };

    private async Task<(ImportResult Result, int Lookups)> ImportAsync(HttpClient editor, string batch, int rows, bool dryRun)
    {
        _queries.Reset();
        var response = await editor.PostAsJsonAsync($"/api/v1/import?dryRun={(dryRun ? "true" : "false")}", Rows(batch, rows));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync<ImportResult>(), _queries.Lookups);
    }

    [Fact]
    public async Task A_dry_run_sends_the_same_queries_for_10_rows_as_for_a_full_batch_and_as_many_again_per_further_batch()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var (_, ten) = await ImportAsync(editor, "a", 10, dryRun: true);
        var (fullBatch, oneBatch) = await ImportAsync(editor, "b", Importer.BatchSize, dryRun: true);
        var (_, twoBatches) = await ImportAsync(editor, "c", Importer.BatchSize + 1, dryRun: true);
        var (_, threeBatches) = await ImportAsync(editor, "d", 2 * Importer.BatchSize + 1, dryRun: true);

        fullBatch.StrikesCreated.Should().Be(Importer.BatchSize);
        ten.Should().BeGreaterThan(0, "the importer looks up stored reports and strikes");
        oneBatch.Should().Be(ten, $"one batch costs the same queries whatever its size; sent: {_queries.Sample}");
        (threeBatches - twoBatches).Should().Be(twoBatches - oneBatch).And.BeGreaterThan(0, "each further batch adds the same queries");
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(0, "a dry run writes nothing");
    }

    [Fact]
    public async Task A_real_import_looks_up_10_rows_and_a_full_batch_with_the_same_queries()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);

        var (tenRows, ten) = await ImportAsync(editor, "a", 10, dryRun: false);
        var (fullBatch, oneBatch) = await ImportAsync(editor, "b", Importer.BatchSize, dryRun: false);

        tenRows.StrikesCreated.Should().Be(10);
        fullBatch.StrikesCreated.Should().Be(Importer.BatchSize);
        fullBatch.ReportsCreated.Should().Be(Importer.BatchSize);
        oneBatch.Should().Be(ten, $"writing rows adds inserts, not queries; sent: {_queries.Sample}");
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(10 + Importer.BatchSize);
    }

    [Fact]
    public async Task Rows_are_matched_across_batches_in_the_batch_and_in_the_database()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var rows = Importer.BatchSize + 500;
        var batch = JsonSerializer.SerializeToNode(Rows("a", rows), JsonSerializerOptions.Web)!;
        // The last row repeats the first strike (in another batch) and links it to the first report.
        batch["strikes"]![rows - 1]!["strike"] = batch["strikes"]![0]!["strike"]!.DeepClone();
        batch["strikes"]![rows - 1]!["reportKeys"] = new JsonArray("r0");

        var first = await (await editor.PostAsJsonAsync("/api/v1/import", batch)).ReadJsonAsync<ImportResult>();
        var again = await (await editor.PostAsJsonAsync("/api/v1/import", batch)).ReadJsonAsync<ImportResult>();

        first.Should().Be(new ImportResult(false, rows, 0, rows - 1, 1, RowsChecked: 2 * rows, RowsCreated: 2 * rows - 1, RowsSkipped: 1));
        again.Should().Be(new ImportResult(false, 0, rows, 0, rows, RowsChecked: 2 * rows, RowsCreated: 0, RowsSkipped: 2 * rows));
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(rows - 1);
        (await _app.WithDbAsync(db => db.StrikeReports.IgnoreQueryFilters().CountAsync())).Should().Be(rows - 1, "a skipped row adds no link");
    }

    /// <summary>
    /// Counts the queries (SELECTs) that read strikes or reports: the lookups whose number must
    /// not grow with the rows. Sign-in and token bookkeeping touch other tables and are left out,
    /// so a token's once-a-minute "last used" update cannot change the count.
    /// </summary>
    private sealed class QueryCounter : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> _lookups = new();

        public int Lookups => _lookups.Count;

        public string Sample => string.Join(" | ", _lookups.Take(6).Select(sql => sql.Length > 160 ? sql[..160] + "…" : sql));

        public void Reset() => _lookups.Clear();

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Count(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count(command);
            return ValueTask.FromResult(result);
        }

        private void Count(DbCommand command)
        {
            var sql = command.CommandText.TrimStart();
            if (sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
                && (sql.Contains("\"Strikes\"", StringComparison.Ordinal) || sql.Contains("\"Reports\"", StringComparison.Ordinal)))
            {
                _lookups.Enqueue(sql);
            }
        }
    }
}
