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
        builder.HasQueryFilter(x => x.Strike.Status == PublicationStatus.Published && x.Strike.DeletedAt == null
            && x.Report.Status == PublicationStatus.Published && x.Report.DeletedAt == null);
        builder.HasIndex(x => x.ReportId);
        builder.HasOne(x => x.Strike).WithMany(s => s.Reports).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Report).WithMany(r => r.Strikes).OnDelete(DeleteBehavior.Cascade);
    }
}
