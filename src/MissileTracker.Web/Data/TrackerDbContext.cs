using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Evidence;
using MissileTracker.Web.AirForce;
using MissileTracker.Web.History;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Sources;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Data;

/// <summary>
/// The tracker's database, including staff accounts (ASP.NET Core Identity). Provider-neutral:
/// each provider has a subclass that owns its migrations (see <see cref="SqliteTrackerDbContext"/>).
/// </summary>
public class TrackerDbContext(DbContextOptions options) : IdentityDbContext<TrackerUser>(options)
{
    public DbSet<Strike> Strikes => Set<Strike>();
    public DbSet<StrikeTally> StrikeTallies => Set<StrikeTally>();
    public DbSet<StrikeReport> StrikeReports => Set<StrikeReport>();
    public DbSet<StrikePlace> StrikePlaces => Set<StrikePlace>();
    public DbSet<Place> Places => Set<Place>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<Official> Officials => Set<Official>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<StatementStrike> StatementStrikes => Set<StatementStrike>();
    public DbSet<StatementStrikeWeapon> StatementStrikeWeapons => Set<StatementStrikeWeapon>();
    public DbSet<StatementReport> StatementReports => Set<StatementReport>();
    public DbSet<ClaimFigure> ClaimFigures => Set<ClaimFigure>();
    public DbSet<ClaimRegion> ClaimRegions => Set<ClaimRegion>();
    public DbSet<Weapon> Weapons => Set<Weapon>();
    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<ReportSnapshot> ReportSnapshots => Set<ReportSnapshot>();
    public DbSet<LinkCheck> LinkChecks => Set<LinkCheck>();
    public DbSet<EvidenceRecord> EvidenceRecords => Set<EvidenceRecord>();
    public DbSet<EvidenceReport> EvidenceReports => Set<EvidenceReport>();
    public DbSet<EvidencePhoto> EvidencePhotos => Set<EvidencePhoto>();
    public DbSet<CustodyEvent> CustodyEvents => Set<CustodyEvent>();
    public DbSet<AirForceImport> AirForceImports => Set<AirForceImport>();
    public DbSet<AirForceReport> AirForceReports => Set<AirForceReport>();
    public DbSet<AirForceReportRow> AirForceReportRows => Set<AirForceReportRow>();
    public DbSet<AirForceLink> AirForceLinks => Set<AirForceLink>();

    /// <summary>Who the next save is attributed to in the change log; "system" when not set.</summary>
    public ChangeAuthor Author { get; set; } = ChangeAuthor.System;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe against reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);
    }

    /// <summary>
    /// Saves, stamping times and versions, and records every change to strikes, statements,
    /// reports and officials in the change log within the same transaction.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        StampTimesAndVersions(now);
        var pending = ChangeRecorder.Collect(ChangeTracker, Author, now);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            ChangeLog.AddRange(pending.Select(p => p.Complete()));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("Use SaveChangesAsync: it records the change log.");

    private void StampTimesAndVersions(DateTime now)
    {
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

        // Touching only UpdatedAt (new evidence linked to a record) is not an edit of the record itself.
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified
                     && e.Properties.Any(p => p.IsModified && p.Metadata.Name is not (nameof(ITimestamped.UpdatedAt) or nameof(IVersioned.Version)))))
        {
            entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
        }
    }
}
