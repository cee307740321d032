using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Statements;

internal sealed class StatementReportConfiguration : IEntityTypeConfiguration<StatementReport>
{
    public void Configure(EntityTypeBuilder<StatementReport> builder)
    {
        builder.HasKey(x => new { x.StatementId, x.ReportId });
        // A link is as visible as the less visible of its two ends.
        builder.HasQueryFilter(QueryFilters.Published, x => x.Statement.Status == PublicationStatus.Published && x.Report.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, x => x.Statement.DeletedAt == null && x.Report.DeletedAt == null);
        builder.HasIndex(x => x.ReportId);
        builder.HasOne(x => x.Statement).WithMany(s => s.Reports).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Report).WithMany(r => r.Statements).OnDelete(DeleteBehavior.Cascade);
    }
}
