using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Strikes;

internal sealed class StrikeTallyConfiguration : IEntityTypeConfiguration<StrikeTally>
{
    public void Configure(EntityTypeBuilder<StrikeTally> builder)
    {
        // Oblast first: a filter by oblast reads one contiguous range of the key.
        builder.HasKey(t => new { t.Oblast, t.WeaponId, t.OccurredOn, t.LastDay });
        builder.Property(t => t.Oblast).HasMaxLength(32);
        builder.HasOne<Weapon>().WithMany().HasForeignKey(t => t.WeaponId).OnDelete(DeleteBehavior.Restrict);

        // The timeline's per-day counts without a filter read this index alone, in date order.
        builder.HasIndex(t => new { t.OccurredOn, t.Count });
        builder.HasIndex(t => new { t.WeaponId, t.OccurredOn });
    }
}
