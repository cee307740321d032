using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissileTracker.Web.Weapons;

internal sealed class WeaponConfiguration : IEntityTypeConfiguration<Weapon>
{
    public void Configure(EntityTypeBuilder<Weapon> builder)
    {
        builder.Property(w => w.Code).HasMaxLength(64);
        builder.HasIndex(w => w.Code).IsUnique();
        builder.Property(w => w.Name).HasMaxLength(128);
        builder.Property(w => w.OtherNames).HasMaxLength(256);
        builder.Property(w => w.Family).HasMaxLength(64);
        builder.Property(w => w.OriginCountry).HasMaxLength(2);
        builder.Property(w => w.Description).HasMaxLength(1000);

        // Reference data is part of the schema (a migration adds it), not sample data.
        builder.HasData(WeaponCatalog.All);
    }
}
