using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Statements;

internal sealed class ClaimRegionConfiguration : IEntityTypeConfiguration<ClaimRegion>
{
    public void Configure(EntityTypeBuilder<ClaimRegion> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_ClaimRegions_Count", "\"Count\" IS NULL OR \"Count\" >= 1"));
        // A region is as visible as its statement.
        builder.HasQueryFilter(QueryFilters.Published, x => x.Statement.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, x => x.Statement.DeletedAt == null);
        builder.HasIndex(x => new { x.StatementId, x.Position });
        builder.Property(x => x.NameAsSaid).HasMaxLength(200);
        builder.HasOne(x => x.Statement).WithMany(s => s.Regions).OnDelete(DeleteBehavior.Cascade);
    }
}
