using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Sources;

internal sealed class ReportSnapshotConfiguration : IEntityTypeConfiguration<ReportSnapshot>
{
    public void Configure(EntityTypeBuilder<ReportSnapshot> builder)
    {
        builder.ToTable("ReportSnapshots", t =>
        {
            t.HasCheckConstraint("CK_ReportSnapshots_SourceUrl", "\"SourceUrl\" IS NULL OR \"SourceUrl\" LIKE 'http://%' OR \"SourceUrl\" LIKE 'https://%'");
            t.HasCheckConstraint("CK_ReportSnapshots_Sha256", "length(\"Sha256\") = 64");
        });
        builder.Property(s => s.Sha256).HasMaxLength(64);
        builder.Property(s => s.MediaType).HasMaxLength(100);
        builder.Property(s => s.SourceUrl).HasMaxLength(2048);
        builder.Property(s => s.CapturedBy).HasMaxLength(256);
        // The same bytes attached twice to one report would say nothing new.
        builder.HasIndex(s => new { s.ReportId, s.Sha256 }).IsUnique();
        // The download endpoint finds a file's rows by hash.
        builder.HasIndex(s => s.Sha256);
        builder.HasOne(s => s.Report).WithMany().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        // A snapshot is as visible as its report.
        builder.HasQueryFilter(QueryFilters.Published, s => s.Report.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, s => s.Report.DeletedAt == null);
    }
}

internal sealed class LinkCheckConfiguration : IEntityTypeConfiguration<LinkCheck>
{
    public void Configure(EntityTypeBuilder<LinkCheck> builder)
    {
        builder.HasKey(c => c.ReportId);
        builder.Property(c => c.FinalUrl).HasMaxLength(2048);
        builder.Property(c => c.Error).HasMaxLength(500);
        builder.HasOne(c => c.Report).WithOne().HasForeignKey<LinkCheck>(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.Broken);
        builder.HasQueryFilter(QueryFilters.Published, c => c.Report.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, c => c.Report.DeletedAt == null);
    }
}
