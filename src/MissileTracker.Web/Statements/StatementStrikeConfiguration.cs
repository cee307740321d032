using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Statements;

internal sealed class StatementStrikeConfiguration : IEntityTypeConfiguration<StatementStrike>
{
    public void Configure(EntityTypeBuilder<StatementStrike> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_StatementStrikes_Counts",
            "(\"MissileCount\" IS NULL OR \"MissileCount\" >= 0) AND (\"MissilesIntercepted\" IS NULL OR \"MissilesIntercepted\" >= 0)"
            + " AND (\"Killed\" IS NULL OR \"Killed\" >= 0) AND (\"Injured\" IS NULL OR \"Injured\" >= 0)"));
        builder.HasKey(x => new { x.StatementId, x.StrikeId });
        // A link is as visible as the less visible of its two ends.
        builder.HasQueryFilter(QueryFilters.Published, x => x.Statement.Status == PublicationStatus.Published && x.Strike.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, x => x.Statement.DeletedAt == null && x.Strike.DeletedAt == null);
        builder.HasIndex(x => x.StrikeId);
        builder.Property(x => x.DateAsReported).HasMaxLength(200);
        builder.Property(x => x.LocationAsReported).HasMaxLength(200);
        builder.HasOne(x => x.Statement).WithMany(s => s.Strikes).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Strike).WithMany(s => s.Statements).OnDelete(DeleteBehavior.Cascade);
        builder.Property(x => x.WeaponLabel).HasMaxLength(200);
        builder.Property(x => x.MissileCountWords).HasMaxLength(200);
        builder.Property(x => x.MissilesInterceptedWords).HasMaxLength(200);
        builder.Property(x => x.KilledWords).HasMaxLength(200);
        builder.Property(x => x.InjuredWords).HasMaxLength(200);
        builder.Ignore(x => x.MissileCountFigure);
        builder.Ignore(x => x.MissilesInterceptedFigure);
        builder.Ignore(x => x.KilledFigure);
        builder.Ignore(x => x.InjuredFigure);
        builder.Ignore(x => x.WeaponCodes);
    }
}
