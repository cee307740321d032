using MissileTracker.Web.Places;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// A place a strike is recorded at, with how precisely: one attack can name a town and several
/// villages (a criminal case over Pokrovsk and the villages of Hryshyne, Zvirove and Rivne).
/// The strike's own location fields hold the first place (position 0).
/// </summary>
public sealed class StrikePlace
{
    public int StrikeId { get; set; }
    public Strike Strike { get; set; } = null!;
    public int PlaceId { get; set; }
    public Place Place { get; set; } = null!;

    /// <summary>Order in which the strike names its places; 0 is the strike's main place.</summary>
    public int Position { get; set; }

    /// <summary>How precisely the strike is known at this place (Settlement: somewhere in it; Exact: the strike's coordinates).</summary>
    public LocationPrecision Precision { get; set; }
}
