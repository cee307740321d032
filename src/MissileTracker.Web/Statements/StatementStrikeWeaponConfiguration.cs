using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Statements;

internal sealed class StatementStrikeWeaponConfiguration : IEntityTypeConfiguration<StatementStrikeWeapon>
{
    public void Configure(EntityTypeBuilder<StatementStrikeWeapon> builder)
    {
        builder.HasKey(x => new { x.StatementId, x.StrikeId, x.WeaponId });
        // As visible as the statement-strike link it belongs to.
        builder.HasQueryFilter(QueryFilters.Published, x => x.StatementStrike.Statement.Status == PublicationStatus.Published && x.StatementStrike.Strike.Status == PublicationStatus.Published);
        builder.HasQueryFilter(QueryFilters.NotDeleted, x => x.StatementStrike.Statement.DeletedAt == null && x.StatementStrike.Strike.DeletedAt == null);
        builder.HasOne(x => x.StatementStrike).WithMany(s => s.WeaponTypes).HasForeignKey(x => new { x.StatementId, x.StrikeId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Weapon).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.WeaponId);
    }
}
