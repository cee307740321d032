using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Statements;

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.HasQueryFilter(QueryFilters.Published, s => s.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, s => s.DeletedAt == null);
        builder.ConfigurePublishing();
        builder.Property(s => s.Organisation).HasMaxLength(200);
        builder.Property(s => s.StatedOnNote).HasMaxLength(500);
        builder.Property(s => s.Quote).HasMaxLength(4000);
        builder.Property(s => s.PeriodNote).HasMaxLength(500);
        builder.Property(s => s.NoReportReason).HasMaxLength(500);
        builder.HasOne(s => s.Official).WithMany(o => o.Statements).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.OfficialId, s.StatedOn });
        builder.HasIndex(s => new { s.IsAggregate, s.StatedOn });
    }
}
