using System.Globalization;

namespace MissileTracker.Web.Strikes;

public static class StrikeInputMapping
{
    /// <summary>The stored strike as the input an editor would send to reproduce it.</summary>
    public static StrikeInput ToInput(this Strike strike, string weaponCode, IEnumerable<int> reportIds) => new()
    {
        PlaceId = strike.Places.Where(p => p.Position == 0).Select(p => (int?)p.PlaceId).FirstOrDefault(),
        OtherPlaces = strike.Places.Where(p => p.Position > 0).OrderBy(p => p.Position)
            .Select(p => new StrikePlaceInput { PlaceId = p.PlaceId, Precision = p.Precision }).ToList(),
        Date = strike.OccurredOn,
        DatePrecision = strike.DatePrecision,
        TimeOfDay = strike.TimeOfDay,
        EndDate = strike.EndsOn,
        EndTime = strike.EndTime,
        DateNote = strike.DateNote,
        Settlement = strike.Settlement,
        District = strike.District,
        Oblast = strike.Oblast,
        Latitude = strike.Latitude,
        Longitude = strike.Longitude,
        LocationPrecision = strike.LocationPrecision,
        OriginStatus = strike.OriginStatus,
        MissileType = weaponCode,
        MissilesLaunched = strike.MissilesLaunched,
        MissilesLaunchedQualifier = strike.MissilesLaunchedQualifier,
        MissilesLaunchedHigh = strike.MissilesLaunchedHigh,
        MissilesLaunchedWords = strike.MissilesLaunchedWords,
        MissilesIntercepted = strike.MissilesIntercepted,
        MissilesInterceptedQualifier = strike.MissilesInterceptedQualifier,
        MissilesInterceptedHigh = strike.MissilesInterceptedHigh,
        MissilesInterceptedWords = strike.MissilesInterceptedWords,
        Killed = strike.Killed,
        KilledQualifier = strike.KilledQualifier,
        KilledHigh = strike.KilledHigh,
        KilledWords = strike.KilledWords,
        Injured = strike.Injured,
        InjuredQualifier = strike.InjuredQualifier,
        InjuredHigh = strike.InjuredHigh,
        InjuredWords = strike.InjuredWords,
        Summary = strike.Summary,
        ReportIds = reportIds.ToList(),
        Version = strike.Version,
    };

    /// <summary>Fields whose values differ between what is stored and what the editor entered.</summary>
    public static IReadOnlyList<(string Field, string? Stored, string? Yours)> Differences(StrikeInput stored, StrikeInput yours) =>
        typeof(StrikeInput).GetProperties()
            .Where(p => p.Name is not (nameof(StrikeInput.Version) or nameof(StrikeInput.Reason) or nameof(StrikeInput.ReportIds) or nameof(StrikeInput.GazetteerKey) or nameof(StrikeInput.OtherPlaces)))
            .Select(p => (p.Name, Stored: Text(p.GetValue(stored)), Yours: Text(p.GetValue(yours))))
            .Where(x => !string.Equals(x.Stored, x.Yours, StringComparison.Ordinal))
            .ToList();

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s when string.IsNullOrWhiteSpace(s) => null,
        string s => s.Trim(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
