using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Statements;

internal sealed class ClaimFigureConfiguration : IEntityTypeConfiguration<ClaimFigure>
{
    public void Configure(EntityTypeBuilder<ClaimFigure> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_ClaimFigures_Counts",
            "(\"Value\" IS NULL OR \"Value\" >= 0) AND (\"High\" IS NULL OR \"High\" >= 0)"));
        // A figure is as visible as its statement.
        builder.HasQueryFilter(QueryFilters.Published, x => x.Statement.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, x => x.Statement.DeletedAt == null);
        builder.Ignore(x => x.Figure);
        builder.HasIndex(x => new { x.StatementId, x.Position });
        builder.Property(x => x.Words).HasMaxLength(200);
        builder.Property(x => x.Unit).HasMaxLength(200);
        builder.Property(x => x.WeaponLabel).HasMaxLength(200);
        builder.Property(x => x.Note).HasMaxLength(500);
        builder.HasOne(x => x.Statement).WithMany(s => s.Figures).OnDelete(DeleteBehavior.Cascade);
    }
}
