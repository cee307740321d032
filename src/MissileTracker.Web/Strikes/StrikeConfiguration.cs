using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Strikes;

internal sealed class StrikeConfiguration : IEntityTypeConfiguration<Strike>
{
    public void Configure(EntityTypeBuilder<Strike> builder)
    {
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Strikes_Latitude", "\"Latitude\" IS NULL OR (\"Latitude\" >= -90 AND \"Latitude\" <= 90)");
            t.HasCheckConstraint("CK_Strikes_Longitude", "\"Longitude\" IS NULL OR (\"Longitude\" >= -180 AND \"Longitude\" <= 180)");
            // The StrikeTally triggers are AFTER triggers, which EF Core's SQLite RETURNING clause is documented not to combine with.
            t.UseSqlReturningClause(false);
            t.HasCheckConstraint("CK_Strikes_Counts",
                "(\"MissilesLaunched\" IS NULL OR \"MissilesLaunched\" >= 0) AND (\"MissilesIntercepted\" IS NULL OR \"MissilesIntercepted\" >= 0)"
                + " AND (\"Killed\" IS NULL OR \"Killed\" >= 0) AND (\"Injured\" IS NULL OR \"Injured\" >= 0)");
        });

        builder.HasQueryFilter(QueryFilters.Published, s => s.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, s => s.DeletedAt == null);
        builder.ConfigurePublishing();
        builder.HasIndex(s => s.UnpublishedAt);
        builder.Ignore(s => s.Date);
        builder.Ignore(s => s.MissilesLaunchedFigure);
        builder.Ignore(s => s.MissilesInterceptedFigure);
        builder.Ignore(s => s.KilledFigure);
        builder.Ignore(s => s.InjuredFigure);
        builder.Property(s => s.MissilesLaunchedWords).HasMaxLength(200);
        builder.Property(s => s.MissilesInterceptedWords).HasMaxLength(200);
        builder.Property(s => s.KilledWords).HasMaxLength(200);
        builder.Property(s => s.InjuredWords).HasMaxLength(200);
        builder.Property(s => s.DateNote).HasMaxLength(500);
        builder.Property(s => s.Settlement).HasMaxLength(128);
        builder.Property(s => s.District).HasMaxLength(128);
        builder.Property(s => s.OriginCountry).HasMaxLength(2);
        builder.Property(s => s.Summary).HasMaxLength(4000);

        builder.HasOne(s => s.Weapon).WithMany().OnDelete(DeleteBehavior.Restrict);

        // A window never ends before it starts (the editor refuses it too; this guards imports and hand edits).
        builder.ToTable(t => t.HasCheckConstraint("CK_Strikes_Window", "\"EndsOn\" IS NULL OR \"EndsOn\" >= \"OccurredOn\""));

        // The survivor of a merge: a tombstone points at it; the survivor is never deleted by it.
        builder.HasOne<Strike>().WithMany().HasForeignKey(s => s.MergedIntoId).OnDelete(DeleteBehavior.Restrict);

        // The timeline and the API sort by date (newest first, id as tie-breaker) and filter
        // by oblast, weapon, origin status and change time.
        builder.HasIndex(s => new { s.OccurredOn, s.Id });
        builder.HasIndex(s => new { s.Oblast, s.OccurredOn });
        builder.HasIndex(s => new { s.WeaponId, s.OccurredOn });
        builder.HasIndex(s => new { s.OriginStatus, s.OccurredOn });
        builder.HasIndex(s => s.UpdatedAt);

        // Read indexes for the public queries (docs/performance.md): partial on exactly the query
        // filter's condition, so a page walks the index in order and stops after pageSize rows, and
        // the total is counted from the index without visiting the table. Same SQL on both providers.
        const string published = "\"Status\" = 'Published' AND \"DeletedAt\" IS NULL";
        builder.HasIndex(s => new { s.OccurredOn, s.Id }, "IX_Strikes_Public_OccurredOn_Id").HasFilter(published);
        builder.HasIndex(s => new { s.Oblast, s.OccurredOn, s.Id }, "IX_Strikes_Public_Oblast_OccurredOn_Id").HasFilter(published);
        builder.HasIndex(s => new { s.WeaponId, s.OccurredOn, s.Id }, "IX_Strikes_Public_WeaponId_OccurredOn_Id").HasFilter(published);
        builder.HasIndex(s => new { s.UpdatedAt, s.Id }, "IX_Strikes_Public_UpdatedAt_Id").HasFilter(published);
    }
}
