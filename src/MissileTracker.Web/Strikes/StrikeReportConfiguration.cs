using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissileTracker.Web.Strikes;

internal sealed class StrikeReportConfiguration : IEntityTypeConfiguration<StrikeReport>
{
    public void Configure(EntityTypeBuilder<StrikeReport> builder)
    {
        builder.HasKey(x => new { x.StrikeId, x.ReportId });
        builder.HasIndex(x => x.ReportId);
        builder.HasOne(x => x.Strike).WithMany(s => s.Reports).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Report).WithMany(r => r.Strikes).OnDelete(DeleteBehavior.Cascade);
    }
}
