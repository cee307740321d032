namespace MissileTracker.Tests.Builders;

/// <summary>JSON bodies for the strike write endpoints; each test changes only what it is about.</summary>
public static class StrikeBodies
{
    /// <summary>A valid new strike: 7 Feb 2024 in Kharkiv, five KN-23 missiles launched, three people injured.</summary>
    public static object KharkivFeb7(int? version = null, string summary = "Two of five missiles that hit Kharkiv were preliminarily identified as KN-23.") => new
    {
        date = "2024-02-07",
        datePrecision = "Day",
        timeOfDay = "06:00",
        settlement = "Kharkiv",
        district = "Slobidskyi district",
        oblast = "Kharkiv",
        locationPrecision = "District",
        originStatus = "ReportedByOfficials",
        missileType = "kn-23",
        missilesLaunched = 5,
        injured = 3,
        summary,
        version,
    };
}
