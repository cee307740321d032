using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Statements;

/// <summary>One catalogue type a statement's weapon label stands for ("KN-23 or KN-24" is two rows).</summary>
public sealed class StatementStrikeWeapon
{
    public int StatementId { get; set; }
    public int StrikeId { get; set; }
    public StatementStrike StatementStrike { get; set; } = null!;
    public int WeaponId { get; set; }
    public Weapon Weapon { get; set; } = null!;
}
