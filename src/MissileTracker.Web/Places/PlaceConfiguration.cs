using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Places;

internal sealed class PlaceConfiguration : IEntityTypeConfiguration<Place>
{
    public void Configure(EntityTypeBuilder<Place> builder)
    {
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Places_Latitude", "\"Latitude\" >= -90 AND \"Latitude\" <= 90");
            t.HasCheckConstraint("CK_Places_Longitude", "\"Longitude\" >= -180 AND \"Longitude\" <= 180");
        });
        builder.HasQueryFilter(QueryFilters.Published, p => p.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, p => p.DeletedAt == null);
        builder.ConfigurePublishing();
        builder.Property(p => p.GazetteerKey).HasMaxLength(16);
        builder.Property(p => p.Name).HasMaxLength(128);
        builder.Property(p => p.NameUk).HasMaxLength(128);
        builder.Property(p => p.Raion).HasMaxLength(128);
        builder.Property(p => p.CityDistrict).HasMaxLength(128);
        // A gazetteer place is stored once, however many strikes name it.
        builder.HasIndex(p => p.GazetteerKey).IsUnique();
        builder.HasIndex(p => new { p.Oblast, p.Name });
    }
}
