using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Strikes;

internal sealed class StrikePlaceConfiguration : IEntityTypeConfiguration<StrikePlace>
{
    public void Configure(EntityTypeBuilder<StrikePlace> builder)
    {
        builder.HasKey(x => new { x.StrikeId, x.PlaceId });
        // As visible as the strike: a draft place's name is already public on a published strike's own fields.
        builder.HasQueryFilter(QueryFilters.Published, x => x.Strike.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, x => x.Strike.DeletedAt == null && x.Place.DeletedAt == null);
        builder.HasIndex(x => x.PlaceId);
        builder.HasOne(x => x.Strike).WithMany(s => s.Places).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Place).WithMany(p => p.Strikes).OnDelete(DeleteBehavior.Restrict);
    }
}
