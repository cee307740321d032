using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissileTracker.Web.History;

internal sealed class ChangeLogEntryConfiguration : IEntityTypeConfiguration<ChangeLogEntry>
{
    public void Configure(EntityTypeBuilder<ChangeLogEntry> builder)
    {
        builder.ToTable("ChangeLog");
        builder.Property(e => e.EntityType).HasMaxLength(32);
        builder.Property(e => e.ChangedBy).HasMaxLength(256);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        // The field changes are read only together with their entry, so one JSON column suffices.
        builder.Property(e => e.Changes)
            .HasConversion(
                changes => JsonSerializer.Serialize(changes, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<FieldChange>>(json, JsonSerializerOptions.Default) ?? new List<FieldChange>(),
                new ValueComparer<List<FieldChange>>((a, b) => a!.SequenceEqual(b!), c => c.Aggregate(0, (h, x) => HashCode.Combine(h, x.GetHashCode())), c => c.ToList()));
        builder.HasIndex(e => new { e.EntityType, e.EntityId, e.At });
    }
}
