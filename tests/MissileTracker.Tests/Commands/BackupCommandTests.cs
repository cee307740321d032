using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Commands;
using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;

namespace MissileTracker.Tests.Commands;

[Trait("Provider", "SqliteOnly")]
public sealed class BackupCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tracker-backup-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_backup_taken_while_strikes_are_written_restores_every_record_it_holds()
    {
        var live = Path.Combine(_folder, "live.db");
        var backup = Path.Combine(_folder, "backup.db");
        int before;
        using (var app = new TrackerApp(connectionString: $"Data Source={live}"))
        {
            app.CreateClient();
            using var writing = new CancellationTokenSource();
            var writer = Task.Run(async () =>
            {
                var day = 0;
                while (!writing.IsCancellationRequested)
                {
                    await app.AddAsync(Evidence.Strike(new DateOnly(2024, 3, 1).AddDays(day++ % 300), Oblast.Sumy));
                }
            });
            await Task.Delay(200);
            before = await app.WithDbAsync(db => db.Strikes.CountAsync());

            var output = new StringWriter();
            (await BackupCommand.RunAsync(app.Services, ["backup", "--to", backup], output)).Should().Be(0, output.ToString());

            await writing.CancelAsync();
            await writer;
        }

        using var restored = new TrackerApp(knownEvidence: false, connectionString: $"Data Source={backup}");
        var strikes = await restored.WithDbAsync(db => db.Strikes.CountAsync());
        var integrity = await restored.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync());

        strikes.Should().BeGreaterThanOrEqualTo(before, "every strike stored before the backup started is in it");
        integrity.Should().Equal("ok");
        (await restored.WithDbAsync(db => db.Strikes.CountAsync(s => s.OccurredOn == KnownEvidence.KharkivDay))).Should().Be(1, "the known evidence stored at start is there too");
    }

    [Fact]
    public async Task Never_overwrites_an_existing_file()
    {
        using var app = new TrackerApp(knownEvidence: false);
        var existing = Path.Combine(_folder, "existing.db");
        await File.WriteAllTextAsync(existing, "keep me");

        (await BackupCommand.RunAsync(app.Services, ["backup", "--to", existing], new StringWriter())).Should().Be(1);
        (await File.ReadAllTextAsync(existing)).Should().Be("keep me");
    }
}
