using System.ComponentModel.DataAnnotations;
using System.Globalization;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Strikes;

/// <summary>A strike as an editor enters it (form and API body).</summary>
public sealed class StrikeInput : IValidatableObject
{
    /// <summary>The date, or a window's first day, Kyiv local date (for month precision, any day of the month; stored as the 1st).</summary>
    /// <example>2024-02-07</example>
    [Required]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    /// <summary>Day, NightOf (night of the date to the next day), Month, Approximate, Week (seven days from the date unless endDate is given) or Window (from date to endDate).</summary>
    /// <example>Day</example>
    [Required]
    [Display(Name = "Date precision")]
    public DatePrecision? DatePrecision { get; set; }

    /// <summary>Local (Kyiv) time of day, when reported, e.g. "06:00" (HH:mm or HH:mm:ss, no offset); for a window, its start time.</summary>
    [Display(Name = "Start time (Kyiv)")]
    public TimeOnly? TimeOfDay { get; set; }

    /// <summary>A window's last day, Kyiv local date: required for Window, optional for NightOf (the next day), Week (six days on) and Approximate; at most 31 days after date.</summary>
    /// <example>2024-02-08</example>
    [Display(Name = "End date")]
    public DateOnly? EndDate { get; set; }

    /// <summary>The window's end time, Kyiv local time (HH:mm, no offset), when reported.</summary>
    [Display(Name = "End time (Kyiv)")]
    public TimeOnly? EndTime { get; set; }

    /// <summary>How the date was established, e.g. "the 6th" in a briefing on 9 Jan 2024.</summary>
    [StringLength(500)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "How the date is known")]
    public string? DateNote { get; set; }

    /// <summary>City, town or village.</summary>
    /// <example>Kharkiv</example>
    [StringLength(128)]
    [Display(Name = "Settlement")]
    public string? Settlement { get; set; }

    /// <summary>District (raion or city district).</summary>
    /// <example>Slobidskyi district</example>
    [StringLength(128)]
    [Display(Name = "District")]
    public string? District { get; set; }

    /// <summary>Oblast name, e.g. Kharkiv, KyivCity.</summary>
    /// <example>Kharkiv</example>
    [Display(Name = "Oblast")]
    public Oblast? Oblast { get; set; }

    /// <summary>WGS 84 latitude, -90 to 90; give with longitude.</summary>
    /// <example>49.9935</example>
    [Range(-90.0, 90.0)]
    [Display(Name = "Latitude")]
    public double? Latitude { get; set; }

    /// <summary>WGS 84 longitude, -180 to 180; give with latitude.</summary>
    /// <example>36.2304</example>
    [Range(-180.0, 180.0)]
    [Display(Name = "Longitude")]
    public double? Longitude { get; set; }

    /// <summary>The place from <c>GET /api/v1/places</c> (its <c>placeId</c>) the strike is at; fills settlement, district, oblast and, when not given, coordinates. Give this or gazetteerKey, not both.</summary>
    /// <example>12</example>
    [Range(1, int.MaxValue)]
    public int? PlaceId { get; set; }

    /// <summary>A place from <c>GET /api/v1/places</c> that no strike names yet (its <c>gazetteerKey</c>, e.g. the GeoNames id "711390"); stored as a place on save.</summary>
    /// <example>711390</example>
    [StringLength(16)]
    public string? GazetteerKey { get; set; }

    /// <summary>Further places the same strike is recorded at (one case can name a town and several villages), each with its precision; on update, the full set (omit to keep them).</summary>
    public List<StrikePlaceInput>? OtherPlaces { get; set; }

    /// <summary>NotReported, Oblast, District, Settlement or Exact.</summary>
    /// <example>District</example>
    [Required]
    [Display(Name = "Location precision")]
    public LocationPrecision? LocationPrecision { get; set; }

    /// <summary>Suspected, ReportedByOfficials, ConfirmedByDebris or Retracted.</summary>
    /// <example>ReportedByOfficials</example>
    [Required]
    [Display(Name = "Origin status")]
    public OriginStatus? OriginStatus { get; set; }

    /// <summary>Missile type code from <c>GET /api/v1/weapons</c>.</summary>
    /// <example>kn-23</example>
    [Required]
    [StringLength(64)]
    [Display(Name = "Missile type")]
    public string? MissileType { get; set; }

    /// <summary>Missiles launched, when known.</summary>
    /// <example>5</example>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Missiles launched")]
    public int? MissilesLaunched { get; set; }

    /// <summary>Exact, AtLeast, AtMost, About, MoreThan or Range (value is then the low end).</summary>
    [Display(Name = "Missiles launched: qualifier")]
    public FigureQualifier MissilesLaunchedQualifier { get; set; }

    /// <summary>The high end, for a Range only ("6–8": 8).</summary>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Missiles launched: high end of the range")]
    public int? MissilesLaunchedHigh { get; set; }

    /// <summary>The source's own words when they say more than the number ("several dozen", "2 of the 5").</summary>
    [StringLength(200)]
    [Display(Name = "Missiles launched: in the source's words")]
    public string? MissilesLaunchedWords { get; set; }

    /// <summary>Missiles intercepted, when known.</summary>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Missiles intercepted")]
    public int? MissilesIntercepted { get; set; }

    /// <summary>Exact, AtLeast, AtMost, About, MoreThan or Range (value is then the low end).</summary>
    [Display(Name = "Missiles intercepted: qualifier")]
    public FigureQualifier MissilesInterceptedQualifier { get; set; }

    /// <summary>The high end, for a Range only ("6–8": 8).</summary>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Missiles intercepted: high end of the range")]
    public int? MissilesInterceptedHigh { get; set; }

    /// <summary>The source's own words when they say more than the number ("several dozen", "2 of the 5").</summary>
    [StringLength(200)]
    [Display(Name = "Missiles intercepted: in the source's words")]
    public string? MissilesInterceptedWords { get; set; }

    /// <summary>People killed, when known.</summary>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Killed")]
    public int? Killed { get; set; }

    /// <summary>Exact, AtLeast, AtMost, About, MoreThan or Range (value is then the low end).</summary>
    [Display(Name = "Killed: qualifier")]
    public FigureQualifier KilledQualifier { get; set; }

    /// <summary>The high end, for a Range only ("6–8": 8).</summary>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Killed: high end of the range")]
    public int? KilledHigh { get; set; }

    /// <summary>The source's own words when they say more than the number ("several dozen", "2 of the 5").</summary>
    [StringLength(200)]
    [Display(Name = "Killed: in the source's words")]
    public string? KilledWords { get; set; }

    /// <summary>People injured, when known.</summary>
    /// <example>3</example>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Injured")]
    public int? Injured { get; set; }

    /// <summary>Exact, AtLeast, AtMost, About, MoreThan or Range (value is then the low end).</summary>
    [Display(Name = "Injured: qualifier")]
    public FigureQualifier InjuredQualifier { get; set; }

    /// <summary>The high end, for a Range only ("6–8": 8).</summary>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Injured: high end of the range")]
    public int? InjuredHigh { get; set; }

    /// <summary>The source's own words when they say more than the number ("several dozen", "2 of the 5").</summary>
    [StringLength(200)]
    [Display(Name = "Injured: in the source's words")]
    public string? InjuredWords { get; set; }

    /// <summary>Short description.</summary>
    /// <example>Two of five missiles that hit Kharkiv were preliminarily identified as KN-23.</example>
    [Required]
    [StringLength(4000, MinimumLength = 10)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Summary")]
    public string? Summary { get; set; }

    /// <summary>Reports covering the strike (ids); on update, the full set.</summary>
    [Display(Name = "Reports")]
    public List<int>? ReportIds { get; set; }

    /// <summary>The version you edited (from the last read); required on update, ignored on create.</summary>
    /// <example>1</example>
    [Display(Name = "Version")]
    public int? Version { get; set; }

    /// <summary>Why you made the change (shown in the history).</summary>
    [StringLength(1000)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    /// <summary>Copies the figures onto a strike.</summary>
    public void CopyFiguresTo(Strike strike)
    {
        strike.MissilesLaunchedFigure = FigureRules.From(MissilesLaunched, MissilesLaunchedQualifier, MissilesLaunchedHigh, MissilesLaunchedWords);
        strike.MissilesInterceptedFigure = FigureRules.From(MissilesIntercepted, MissilesInterceptedQualifier, MissilesInterceptedHigh, MissilesInterceptedWords);
        strike.KilledFigure = FigureRules.From(Killed, KilledQualifier, KilledHigh, KilledWords);
        strike.InjuredFigure = FigureRules.From(Injured, InjuredQualifier, InjuredHigh, InjuredWords);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var clock = validationContext.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        if (Date is { } date && (date < InputRules.EarliestDate || date > InputRules.LatestDate(clock)))
        {
            yield return new(Text.Format("The date must be between {0} and today.", InputRules.EarliestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), [nameof(Date)]);
        }

        foreach (var error in WindowErrors(clock))
        {
            yield return error;
        }

        if (Latitude.HasValue != Longitude.HasValue)
        {
            yield return new(Text.Of("Give both latitude and longitude, or neither."), [Latitude.HasValue ? nameof(Longitude) : nameof(Latitude)]);
        }

        if (double.IsNaN(Latitude ?? 0) || double.IsNaN(Longitude ?? 0))
        {
            yield return new(Text.Of("Coordinates must be numbers."), [nameof(Latitude)]);
        }

        if (PlaceId is not null && !string.IsNullOrWhiteSpace(GazetteerKey))
        {
            yield return new(Text.Of("Give placeId or gazetteerKey, not both."), [nameof(GazetteerKey)]);
        }

        if (LocationPrecision == Strikes.LocationPrecision.NotReported && (PlaceId is not null || !string.IsNullOrWhiteSpace(GazetteerKey)))
        {
            yield return new(Text.Of("A location marked as not reported cannot name a place."), [nameof(LocationPrecision)]);
        }

        for (var i = 0; i < (OtherPlaces?.Count ?? 0); i++)
        {
            var other = OtherPlaces![i];
            if ((other.PlaceId is null) == string.IsNullOrWhiteSpace(other.GazetteerKey))
            {
                yield return new(Text.Of("Give placeId or gazetteerKey (one of them) for each further place."), [$"{nameof(OtherPlaces)}[{i}].{nameof(StrikePlaceInput.PlaceId)}"]);
            }

            if (other.Precision is null or Strikes.LocationPrecision.NotReported)
            {
                yield return new(Text.Of("Give the precision at this place: Oblast, District, Settlement or Exact."), [$"{nameof(OtherPlaces)}[{i}].{nameof(StrikePlaceInput.Precision)}"]);
            }
        }

        if (MissilesIntercepted > MissilesLaunched && MissilesLaunchedQualifier is FigureQualifier.Exact or FigureQualifier.AtMost)
        {
            yield return new(Text.Of("More missiles intercepted than launched."), [nameof(MissilesIntercepted)]);
        }

        foreach (var error in FigureRules.Check(MissilesLaunched, MissilesLaunchedQualifier, MissilesLaunchedHigh, MissilesLaunchedWords, nameof(MissilesLaunched))
            .Concat(FigureRules.Check(MissilesIntercepted, MissilesInterceptedQualifier, MissilesInterceptedHigh, MissilesInterceptedWords, nameof(MissilesIntercepted)))
            .Concat(FigureRules.Check(Killed, KilledQualifier, KilledHigh, KilledWords, nameof(Killed)))
            .Concat(FigureRules.Check(Injured, InjuredQualifier, InjuredHigh, InjuredWords, nameof(Injured))))
        {
            yield return error;
        }

        switch (LocationPrecision)
        {
            case Strikes.LocationPrecision.NotReported when Settlement is not null || District is not null || Oblast is not null || Latitude is not null:
                yield return new(Text.Of("A location marked as not reported cannot have a place or coordinates."), [nameof(LocationPrecision)]);
                break;
            case Strikes.LocationPrecision.Oblast or Strikes.LocationPrecision.District or Strikes.LocationPrecision.Settlement or Strikes.LocationPrecision.Exact when Oblast is null:
                yield return new(Text.Of("Choose the oblast."), [nameof(Oblast)]);
                break;
            case Strikes.LocationPrecision.Settlement when string.IsNullOrWhiteSpace(Settlement):
                yield return new(Text.Of("Give the settlement, or choose a coarser precision."), [nameof(Settlement)]);
                break;
            case Strikes.LocationPrecision.District when string.IsNullOrWhiteSpace(District):
                yield return new(Text.Of("Give the district, or choose a coarser precision."), [nameof(District)]);
                break;
            case Strikes.LocationPrecision.Exact when Latitude is null:
                yield return new(Text.Of("An exact location needs coordinates."), [nameof(Latitude)]);
                break;
        }
    }

    /// <summary>The window's end against its start and its precision; errors name endDate or endTime.</summary>
    private IEnumerable<ValidationResult> WindowErrors(TimeProvider clock)
    {
        if (Date is not { } start)
        {
            yield break;
        }

        if (EndDate is { } end)
        {
            if (end < start)
            {
                yield return new(Text.Of("The end date is before the start date."), [nameof(EndDate)]);
                yield break;
            }

            if (end.DayNumber - start.DayNumber > StrikeDate.MaxWindowDays)
            {
                yield return new(Text.Format("A window spans at most {0} days; for a longer span choose month or approximate precision and say so in the date note.", StrikeDate.MaxWindowDays), [nameof(EndDate)]);
            }

            if (end > InputRules.LatestDate(clock))
            {
                yield return new(Text.Of("The end date cannot be after today."), [nameof(EndDate)]);
            }
        }

        switch (DatePrecision)
        {
            case Strikes.DatePrecision.Window when EndDate is null:
                yield return new(Text.Of("Give the end date of the window."), [nameof(EndDate)]);
                break;
            case Strikes.DatePrecision.NightOf when EndDate is { } nightEnd && nightEnd != start.AddDays(1):
                yield return new(Text.Of("A night ends on the next day; choose a window for a longer span."), [nameof(EndDate)]);
                break;
            case Strikes.DatePrecision.Day when EndDate is { } dayEnd && dayEnd != start:
                yield return new(Text.Of("A single day ends on the same day; choose a window for a longer span."), [nameof(EndDate)]);
                break;
            case Strikes.DatePrecision.Month when EndDate is not null || EndTime is not null:
                yield return new(Text.Of("A month-precision date has no end; choose a window to give one."), [nameof(EndDate)]);
                break;
        }

        // The end time is compared with the start time only when both fall on the same day.
        var lastDay = EndDate ?? (DatePrecision is Strikes.DatePrecision.Day ? start : (DateOnly?)null);
        if (lastDay == start && EndTime is { } endTime && TimeOfDay is { } startTime && endTime < startTime)
        {
            yield return new(Text.Of("The end time is before the start time on the same day."), [nameof(EndTime)]);
        }
    }
}
