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

        // Every read is a sum over one of these, and each holds every column a read touches: on a table with a rowid
        // (EF Core creates no WITHOUT ROWID tables) an index missing Count made SQLite look up each row, 70 ms for a year
        // of one oblast at a million strikes. Dates for the timeline, oblast first for an oblast, weapon first for a weapon.
        builder.HasIndex(t => new { t.OccurredOn, t.LastDay, t.Count });
        builder.HasIndex(t => new { t.Oblast, t.OccurredOn, t.LastDay, t.WeaponId, t.Count });
        builder.HasIndex(t => new { t.WeaponId, t.OccurredOn, t.LastDay, t.Oblast, t.Count });
    }
}
