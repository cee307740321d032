using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Strikes;

internal sealed class StrikeReportConfiguration : IEntityTypeConfiguration<StrikeReport>
{
    public void Configure(EntityTypeBuilder<StrikeReport> builder)
    {
        builder.HasKey(x => new { x.StrikeId, x.ReportId });
        // A link is visible only when both ends are (matches the filters on Strike and Report).
        // A link is as visible as the less visible of its two ends.
        builder.HasQueryFilter(QueryFilters.Published, x => x.Strike.Status == PublicationStatus.Published && x.Report.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, x => x.Strike.DeletedAt == null && x.Report.DeletedAt == null);
        builder.HasIndex(x => x.ReportId);
        builder.HasOne(x => x.Strike).WithMany(s => s.Reports).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Report).WithMany(r => r.Strikes).OnDelete(DeleteBehavior.Cascade);
    }
}
