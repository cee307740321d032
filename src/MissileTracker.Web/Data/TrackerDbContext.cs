using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Data;

/// <summary>
/// The tracker's database. Provider-neutral: each provider has a subclass that owns its
/// migrations (see <see cref="SqliteTrackerDbContext"/>).
/// </summary>
public class TrackerDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Strike> Strikes => Set<Strike>();
    public DbSet<StrikeReport> StrikeReports => Set<StrikeReport>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<Official> Officials => Set<Official>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<StatementStrike> StatementStrikes => Set<StatementStrike>();
    public DbSet<StatementReport> StatementReports => Set<StatementReport>();
    public DbSet<Weapon> Weapons => Set<Weapon>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTimes();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTimes();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void StampTimes()
    {
        var now = DateTime.UtcNow;
        foreach (var entry in ChangeTracker.Entries<ITimestamped>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedAt = now;
                entry.Entity.UpdatedAt = now;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.UpdatedAt = now;
            }
        }
    }
}
