using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.AirForce;

internal sealed class AirForceImportConfiguration : IEntityTypeConfiguration<AirForceImport>
{
    public void Configure(EntityTypeBuilder<AirForceImport> builder)
    {
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Property(i => i.DatasetVersion).HasMaxLength(100);
        builder.Property(i => i.ImportedBy).HasMaxLength(256);
    }
}

internal sealed class AirForceReportConfiguration : IEntityTypeConfiguration<AirForceReport>
{
    public void Configure(EntityTypeBuilder<AirForceReport> builder)
    {
        builder.Property(r => r.Account).HasMaxLength(100);
        builder.Property(r => r.SourcePath).HasMaxLength(1000);
        builder.Property(r => r.PostUrl).HasMaxLength(1100);
        // A post is one report per window (two rows of one post share it).
        builder.HasIndex(r => new { r.SourcePath, r.StartsOn, r.StartTime, r.EndsOn, r.EndTime }).IsUnique();
        builder.HasIndex(r => new { r.StartsOn, r.EndsOn });
        builder.HasMany(r => r.Rows).WithOne(r => r.Report).HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AirForceReportRowConfiguration : IEntityTypeConfiguration<AirForceReportRow>
{
    public void Configure(EntityTypeBuilder<AirForceReportRow> builder)
    {
        builder.Property(r => r.ContentKey).HasMaxLength(64);
        builder.HasIndex(r => r.ContentKey).IsUnique();
        builder.Property(r => r.Label).HasMaxLength(500);
        builder.Property(r => r.Carrier).HasMaxLength(500);
        builder.Property(r => r.LaunchPlace).HasMaxLength(1000);
        builder.Property(r => r.Target).HasMaxLength(1000);
        builder.Property(r => r.TargetMain).HasMaxLength(1000);
        builder.Property(r => r.AffectedRegion).HasMaxLength(1000);
        builder.Property(r => r.DestroyedDetails).HasMaxLength(4000);
        builder.Property(r => r.LaunchedDetails).HasMaxLength(4000);
        builder.Property(r => r.LaunchPlaceDetails).HasMaxLength(4000);
        builder.Property(r => r.WeaponCodes).AsJsonText(500);
        builder.Property(r => r.UnknownLabelParts).AsJsonText(1000);
        builder.Property(r => r.LaunchPlaces).AsJsonText(2000);
        builder.Property(r => r.Targets).AsJsonText(2000);
        builder.Property(r => r.TargetOblasts).AsJsonText(1000);
        builder.Property(r => r.TargetOblastKeys).HasMaxLength(1000);
        builder.HasIndex(r => r.NorthKorean);
        builder.HasOne<AirForceImport>().WithMany().HasForeignKey(r => r.FirstImportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AirForceImport>().WithMany().HasForeignKey(r => r.LastImportId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AirForceLinkConfiguration : IEntityTypeConfiguration<AirForceLink>
{
    public void Configure(EntityTypeBuilder<AirForceLink> builder)
    {
        builder.HasIndex(l => new { l.StrikeId, l.RowId }).IsUnique();
        builder.HasIndex(l => l.RowId);
        builder.Property(l => l.DecidedBy).HasMaxLength(256);
        builder.HasOne(l => l.Strike).WithMany().HasForeignKey(l => l.StrikeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Row).WithMany().HasForeignKey(l => l.RowId).OnDelete(DeleteBehavior.Restrict);
        // A link is as visible as its strike, as StrikeReport and StrikePlace are: public reads see published strikes' links only.
        builder.HasQueryFilter(QueryFilters.Published, l => l.Strike.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, l => l.Strike.DeletedAt == null);
    }
}
