using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Statements;

/// <summary>
/// What one statement claims about one strike: the figures as that source gave them.
/// Every source keeps its own row, so differing figures are never merged or overwritten.
/// </summary>
public sealed class StatementStrike
{
    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;
    public int StrikeId { get; set; }
    public Strike Strike { get; set; } = null!;

    /// <summary>The missile type as this source labels it.</summary>
    public int? WeaponId { get; set; }
    public Weapon? Weapon { get; set; }

    public int? MissileCount { get; set; }
    public FigureQualifier MissileCountQualifier { get; set; }
    public int? MissilesIntercepted { get; set; }
    public int? Killed { get; set; }
    public FigureQualifier KilledQualifier { get; set; }
    public int? Injured { get; set; }
    public FigureQualifier InjuredQualifier { get; set; }

    /// <summary>The date in the source's own words, e.g. "on the 6th".</summary>
    public string? DateAsReported { get; set; }

    /// <summary>The place in the source's own words.</summary>
    public string? LocationAsReported { get; set; }
}
