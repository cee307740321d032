using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Evidence;

internal sealed class EvidenceRecordConfiguration : IEntityTypeConfiguration<EvidenceRecord>
{
    public void Configure(EntityTypeBuilder<EvidenceRecord> builder)
    {
        builder.Property(e => e.Component).HasMaxLength(300);
        builder.Property(e => e.Markings).HasMaxLength(500);
        builder.Property(e => e.Serials).HasMaxLength(500);
        builder.Property(e => e.Characters).HasMaxLength(500);
        builder.Property(e => e.FoundAt).HasMaxLength(300);
        builder.Property(e => e.ExaminedBy).HasMaxLength(300);
        builder.Property(e => e.ExaminedWhen).HasMaxLength(200);
        builder.Property(e => e.Finding).HasMaxLength(4000);
        // Evidence is as visible as the less visible of itself and its strike.
        builder.HasQueryFilter(QueryFilters.Published, e => e.Status == PublicationStatus.Published && e.Strike.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, e => e.DeletedAt == null && e.Strike.DeletedAt == null);
        builder.ConfigurePublishing();
        builder.HasIndex(e => e.StrikeId);
        builder.HasOne(e => e.Strike).WithMany().HasForeignKey(e => e.StrikeId).OnDelete(DeleteBehavior.Restrict);
        // An official stays referenced: removing one that examined evidence is refused.
        builder.HasOne(e => e.Examiner).WithMany().HasForeignKey(e => e.ExaminerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EvidenceReportConfiguration : IEntityTypeConfiguration<EvidenceReport>
{
    public void Configure(EntityTypeBuilder<EvidenceReport> builder)
    {
        builder.HasKey(x => new { x.EvidenceRecordId, x.ReportId });
        builder.HasQueryFilter(QueryFilters.Published, x => x.EvidenceRecord.Status == PublicationStatus.Published && x.Report.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, x => x.EvidenceRecord.DeletedAt == null && x.Report.DeletedAt == null);
        builder.HasIndex(x => x.ReportId);
        builder.HasOne(x => x.EvidenceRecord).WithMany(e => e.Reports).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Report).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EvidencePhotoConfiguration : IEntityTypeConfiguration<EvidencePhoto>
{
    public void Configure(EntityTypeBuilder<EvidencePhoto> builder)
    {
        builder.ToTable(t => t.HasCheckConstraint("CK_EvidencePhotos_Sha256", "length(\"Sha256\") = 64"));
        builder.Property(p => p.Sha256).HasMaxLength(64);
        builder.Property(p => p.MediaType).HasMaxLength(100);
        builder.Property(p => p.Caption).HasMaxLength(500);
        builder.Property(p => p.CapturedBy).HasMaxLength(256);
        // The same photo twice on one record would say nothing new; the download finds a file's rows by hash.
        builder.HasIndex(p => new { p.EvidenceRecordId, p.Sha256 }).IsUnique();
        builder.HasIndex(p => p.Sha256);
        builder.HasOne(p => p.EvidenceRecord).WithMany(e => e.Photos).HasForeignKey(p => p.EvidenceRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasQueryFilter(QueryFilters.Published, p => p.EvidenceRecord.Status == PublicationStatus.Published && p.EvidenceRecord.Strike.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, p => p.EvidenceRecord.DeletedAt == null && p.EvidenceRecord.Strike.DeletedAt == null);
    }
}

internal sealed class CustodyEventConfiguration : IEntityTypeConfiguration<CustodyEvent>
{
    public void Configure(EntityTypeBuilder<CustodyEvent> builder)
    {
        builder.ToTable("CustodyEvents");
        builder.Property(c => c.Holder).HasMaxLength(300);
        builder.Property(c => c.HandedTo).HasMaxLength(300);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.HasIndex(c => new { c.EvidenceRecordId, c.Position }).IsUnique();
        builder.HasOne(c => c.EvidenceRecord).WithMany(e => e.Custody).HasForeignKey(c => c.EvidenceRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasQueryFilter(QueryFilters.Published, c => c.EvidenceRecord.Status == PublicationStatus.Published && c.EvidenceRecord.Strike.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, c => c.EvidenceRecord.DeletedAt == null && c.EvidenceRecord.Strike.DeletedAt == null);
    }
}
