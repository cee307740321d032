namespace MissileTracker.Web.Strikes;

/// <summary>How precisely a strike's place (and its coordinates, if any) is known.</summary>
public enum LocationPrecision
{
    /// <summary>The reports give no place: a valid state, not missing data entry.</summary>
    NotReported,

    /// <summary>Known to the oblast only; coordinates, if any, are the oblast's centre.</summary>
    Oblast,

    /// <summary>Known to the district (raion or city district).</summary>
    District,

    /// <summary>Known to the settlement (city, town or village).</summary>
    Settlement,

    /// <summary>The impact site itself is known.</summary>
    Exact,
}
