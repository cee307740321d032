using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissileTracker.Web.Statements;

internal sealed class StatementReportConfiguration : IEntityTypeConfiguration<StatementReport>
{
    public void Configure(EntityTypeBuilder<StatementReport> builder)
    {
        builder.HasKey(x => new { x.StatementId, x.ReportId });
        builder.HasIndex(x => x.ReportId);
        builder.HasOne(x => x.Statement).WithMany(s => s.Reports).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Report).WithMany(r => r.Statements).OnDelete(DeleteBehavior.Cascade);
    }
}
