using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Reports;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        // Only http(s) links are evidence; the database refuses anything else as a last line of defence.
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Reports_Url", "\"Url\" IS NULL OR \"Url\" LIKE 'http://%' OR \"Url\" LIKE 'https://%'");
            t.HasCheckConstraint("CK_Reports_ArchiveUrl", "\"ArchiveUrl\" IS NULL OR \"ArchiveUrl\" LIKE 'http://%' OR \"ArchiveUrl\" LIKE 'https://%'");
        });
        builder.Property(r => r.Url).HasMaxLength(2048);
        builder.Property(r => r.ArchiveUrl).HasMaxLength(2048);
        builder.HasQueryFilter(QueryFilters.Published, r => r.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, r => r.DeletedAt == null);
        builder.ConfigurePublishing();
        // Several reports may lack a URL; both SQLite and PostgreSQL allow repeated NULLs here.
        builder.HasIndex(r => r.Url).IsUnique();
        builder.Property(r => r.Outlet).HasMaxLength(200);
        builder.Property(r => r.Title).HasMaxLength(500);
        builder.Property(r => r.Byline).HasMaxLength(200);
        builder.Property(r => r.Language).HasMaxLength(8);
        builder.Property(r => r.Cites).HasMaxLength(500);
        builder.HasIndex(r => new { r.Outlet, r.PublishedOn });
        builder.HasIndex(r => r.PublishedOn);
    }
}
