using MissileTracker.Web.Geography;
using MissileTracker.Web.History;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Strikes;

/// <summary>A short reference to a strike.</summary>
/// <param name="Id">The strike's public id (<c>/api/v1/strikes/{id}</c>).</param>
/// <param name="Date">The stored date (first of the month for month precision).</param>
/// <param name="DatePrecision">Day, NightOf, Month, Approximate, Week or Window.</param>
/// <param name="DateText">Readable date, e.g. "6 Jan 2024", "night of 6/7 Jan 2024" or "5 Aug 2024 22:00 – 6 Aug 2024 04:00".</param>
/// <param name="LocationText">Readable place, e.g. "Kharkiv, Kharkiv Oblast".</param>
public sealed record StrikeRef(int Id, DateOnly Date, DatePrecision DatePrecision, string DateText, string LocationText)
{
    public static StrikeRef From(Strike s) =>
        new(s.Id, s.OccurredOn, s.DatePrecision, s.Date.ToString(), StrikeLocation.Describe(s.Settlement, s.District, s.Oblast is { } o ? Geography.Oblasts.LocalNameOf(o) : null));
}

/// <summary>A strike as listed on the timeline.</summary>
/// <param name="Id">Public id: never reused, unchanged by edits.</param>
/// <param name="Date">The stored date (first of the month for month precision).</param>
/// <param name="DatePrecision">Day, NightOf, Month, Approximate, Week or Window.</param>
/// <param name="DateText">Readable date with its precision.</param>
/// <param name="TimeOfDay">Local (Kyiv) time, when reported; for a window, its start time.</param>
/// <param name="Window">When it happened as a window in Kyiv local time (start, end, their times, and the zone).</param>
/// <param name="Location">Where, as far as known.</param>
/// <param name="MissileType">Missile type from the reference table.</param>
/// <param name="OriginCountry">ISO 3166-1 alpha-2 code of the attributed producer ("KP").</param>
/// <param name="OriginStatus">How firmly the origin is established.</param>
/// <param name="MissilesLaunched">Missiles launched, when known (tracker's consolidated figure, with its qualifier: "at least 6").</param>
/// <param name="MissilesIntercepted">Missiles intercepted, when known.</param>
/// <param name="Killed">People killed, when known (tracker's consolidated figure; see statements for each source's).</param>
/// <param name="Injured">People injured, when known.</param>
/// <param name="Summary">Short description.</param>
/// <param name="OfficialsQuoted">Officials whose statements refer to this strike.</param>
/// <param name="ReportCount">Number of news reports linked to the strike.</param>
/// <param name="UpdatedAt">Last change (UTC).</param>
public sealed record StrikeSummary(
    int Id,
    DateOnly Date,
    DatePrecision DatePrecision,
    string DateText,
    TimeOnly? TimeOfDay,
    StrikeWindow Window,
    StrikeLocation Location,
    WeaponDto MissileType,
    string OriginCountry,
    OriginStatus OriginStatus,
    Figure? MissilesLaunched,
    Figure? MissilesIntercepted,
    Figure? Killed,
    Figure? Injured,
    string Summary,
    IReadOnlyList<OfficialRef> OfficialsQuoted,
    int ReportCount,
    DateTime UpdatedAt);

/// <summary>Everything known about one strike: details, every source's statement side by side, and the reports.</summary>
/// <param name="Id">Public id: never reused, unchanged by edits.</param>
/// <param name="Date">The stored date (first of the month for month precision).</param>
/// <param name="DatePrecision">Day, NightOf, Month, Approximate, Week or Window.</param>
/// <param name="DateText">Readable date with its precision.</param>
/// <param name="DateNote">How the date was established from the reporting.</param>
/// <param name="TimeOfDay">Local (Kyiv) time, when reported; for a window, its start time.</param>
/// <param name="Window">When it happened as a window in Kyiv local time (start, end, their times, and the zone).</param>
/// <param name="Location">Where, as far as known.</param>
/// <param name="MissileType">Missile type from the reference table.</param>
/// <param name="OriginCountry">ISO 3166-1 alpha-2 code of the attributed producer ("KP").</param>
/// <param name="OriginStatus">How firmly the origin is established.</param>
/// <param name="MissilesLaunched">Missiles launched, when known.</param>
/// <param name="MissilesIntercepted">Missiles intercepted, when known.</param>
/// <param name="Killed">People killed, when known.</param>
/// <param name="Injured">People injured, when known.</param>
/// <param name="Summary">Short description.</param>
/// <param name="Statements">Each source's statement about this strike, with the figures it gives; never merged.</param>
/// <param name="Reports">News reports covering the strike.</param>
/// <param name="CreatedAt">When the strike was recorded (UTC).</param>
/// <param name="UpdatedAt">Last change (UTC).</param>
/// <param name="Status">Published for everything the public sees; Draft only in staff reads.</param>
/// <param name="Version">Concurrency version: send it back with an update.</param>
/// <param name="History">Changes to the strike, newest first (the public sees changes to published content).</param>
/// <param name="Places">The places the strike is recorded at (the first is the main one), each with its precision; empty for strikes entered without the gazetteer.</param>
/// <param name="Attribution">What each source said about the weapon and its origin, in the order it was said (statements with no known date last).</param>
/// <param name="SourcesDiffer">True when two sources' weapon types cannot both be true (e.g. "drone" and "KN-23"); a source naming no type, or "KN-23 or KN-24" beside "KN-23", agrees.</param>
public sealed record StrikeDetail(
    int Id,
    DateOnly Date,
    DatePrecision DatePrecision,
    string DateText,
    string? DateNote,
    TimeOnly? TimeOfDay,
    StrikeWindow Window,
    StrikeLocation Location,
    WeaponDto MissileType,
    string OriginCountry,
    OriginStatus OriginStatus,
    Figure? MissilesLaunched,
    Figure? MissilesIntercepted,
    Figure? Killed,
    Figure? Injured,
    string Summary,
    IReadOnlyList<StrikeStatement> Statements,
    IReadOnlyList<ReportRef> Reports,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    PublicationStatus Status,
    int Version,
    IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<StrikePlaceRef> Places,
    IReadOnlyList<AttributionEntry> Attribution,
    bool SourcesDiffer)
{
    /// <summary>Only in the answer to a create: stored strikes that may be the same event (date or window within a day, same or unknown oblast, missile types that could be the same). A warning; a reviewer can merge them.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<LikelyDuplicate>? LikelyDuplicates { get; init; }

    /// <summary>
    /// Physical evidence of the strike (debris and the like) with its examiners' findings, photos and custody: what the origin
    /// status "ConfirmedByDebris" rests on. The public sees published records only.
    /// </summary>
    public IReadOnlyList<Evidence.EvidenceDto> Evidence { get; init; } = [];
    /// <summary>Air Force report rows an editor confirmed for this strike: the Air Force's launched and destroyed figures for the whole window and country, the launch place, and the post.</summary>
    public IReadOnlyList<AirForce.AirForceStrikeReport> AirForceReports { get; init; } = [];
    /// <summary>When the strike was last published (UTC): when the public could first read it in its present form, as against `date`, when it happened; null for a draft never published.</summary>
    public DateTime? PublishedAt { get; init; }
}

/// <summary>A place the strike is recorded at (<c>/places/{placeId}</c>), with how precisely.</summary>
/// <param name="PlaceId">The tracker's place id; filter strikes with <c>place=</c>.</param>
/// <param name="Name">English name.</param>
/// <param name="NameUk">Ukrainian name, when known.</param>
/// <param name="Oblast">Oblast.</param>
/// <param name="Raion">Raion, when known.</param>
/// <param name="CityDistrict">City district, when known.</param>
/// <param name="GeoNamesId">GeoNames id; null for places editors added.</param>
/// <param name="Precision">How precisely the strike is known at this place.</param>
public sealed record StrikePlaceRef(int PlaceId, string Name, string? NameUk, Oblast Oblast, string? Raion, string? CityDistrict, int? GeoNamesId, LocationPrecision Precision);

/// <summary>One source's statement about a strike, with the figures it gives for that strike.</summary>
/// <param name="StatementId">The statement's id.</param>
/// <param name="Official">Who said it, if a named official.</param>
/// <param name="Organisation">On whose behalf.</param>
/// <param name="StatedOn">When it was said; null when unknown.</param>
/// <param name="StatedAt">Kyiv local time it was said, when known.</param>
/// <param name="StatedOnNote">How the date was established, or why it is unknown.</param>
/// <param name="IsPreliminary">True when the source called it preliminary.</param>
/// <param name="Quote">The words as published.</param>
/// <param name="QuoteKind">Direct or Paraphrase.</param>
/// <param name="Figures">What this source says about this strike.</param>
/// <param name="Reports">Reports that published the statement; empty exactly when noReportReason is set.</param>
/// <param name="Status">Published, or Draft (staff reads only).</param>
/// <param name="NoReportReason">Why the statement names no published report; null when it names reports.</param>
public sealed record StrikeStatement(
    int StatementId,
    OfficialRef? Official,
    string Organisation,
    DateOnly? StatedOn,
    TimeOnly? StatedAt,
    string? StatedOnNote,
    bool IsPreliminary,
    string Quote,
    QuoteKind QuoteKind,
    ClaimedFigures Figures,
    IReadOnlyList<ReportRef> Reports,
    PublicationStatus Status,
    string? NoReportReason = null);

/// <summary>One source's attribution of the strike's weapon, as it was said at the time.</summary>
/// <param name="StatementId">The statement's id.</param>
/// <param name="StatedOn">When it was said; null when unknown.</param>
/// <param name="StatedAt">Kyiv local time it was said, when known.</param>
/// <param name="Official">Who said it, if a named official.</param>
/// <param name="Organisation">On whose behalf.</param>
/// <param name="Reports">Where it was published.</param>
/// <param name="WeaponLabel">The weapon as the source words it, verbatim ("KN-23 or KN-24", "drone").</param>
/// <param name="MissileTypes">The catalogue types the label stands for; empty when the source names no type.</param>
/// <param name="OriginClaim">Where the source says the weapon was made.</param>
/// <param name="IsPreliminary">True when the source called it preliminary.</param>
public sealed record AttributionEntry(
    int StatementId,
    DateOnly? StatedOn,
    TimeOnly? StatedAt,
    OfficialRef? Official,
    string Organisation,
    IReadOnlyList<ReportRef> Reports,
    string? WeaponLabel,
    IReadOnlyList<WeaponDto> MissileTypes,
    OriginClaim OriginClaim,
    bool IsPreliminary);
