using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissileTracker.Web.Data.Reference;

internal sealed class ReferenceKeyConfiguration : IEntityTypeConfiguration<ReferenceKey>
{
    public void Configure(EntityTypeBuilder<ReferenceKey> builder)
    {
        builder.ToTable("ReferenceKeys");
        builder.HasKey(k => k.Key);
        builder.Property(k => k.Key).HasMaxLength(200);
        builder.Property(k => k.ShippedHash).HasMaxLength(64);
        // One key per record: a record shipped under two keys would be updated twice.
        builder.HasIndex(k => new { k.Kind, k.EntityId }).IsUnique();
    }
}
