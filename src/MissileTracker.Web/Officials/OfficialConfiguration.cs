using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissileTracker.Web.Officials;

internal sealed class OfficialConfiguration : IEntityTypeConfiguration<Official>
{
    public void Configure(EntityTypeBuilder<Official> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.OtherNames).HasMaxLength(500);
        builder.Property(o => o.Role).HasMaxLength(300);
        builder.Property(o => o.Organisation).HasMaxLength(200);
        builder.Property(o => o.Country).HasMaxLength(100);
        builder.HasIndex(o => o.Name);
        builder.Property(o => o.Version).IsConcurrencyToken();
    }
}
