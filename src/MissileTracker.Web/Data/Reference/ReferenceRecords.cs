using MissileTracker.Web.Geography;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Data.Reference;

/// <summary>Whether a speaker of the record is a person (an official) or a body that speaks without a named person.</summary>
public enum ReferenceSpeakerKind
{
    /// <summary>Stored as an official.</summary>
    Person,

    /// <summary>Not stored as an official: the body is the organisation on its statements.</summary>
    Body,
}

/// <summary>One official or body of officials.json.</summary>
public sealed record ReferenceOfficial(
    string Key, ReferenceSpeakerKind Kind, string Name, string Role, string Organisation, string Country,
    string? OtherNames = null, string? Note = null);

/// <summary>One report of reports.json. <paramref name="Url"/> is absent when the notes give none or only part of one (<paramref name="UrlNote"/> says which).</summary>
public sealed record ReferenceReport(
    string Key, string Outlet, string Language, string? Title = null, string? Byline = null, string? Cites = null,
    DateOnly? PublishedOn = null, string? PublishedOnNote = null, string? Url = null, string? UrlNote = null, string? Note = null);

/// <summary>A number as a source gave it (see <see cref="Figure"/>).</summary>
public sealed record ReferenceFigure(int? Value = null, FigureQualifier Qualifier = FigureQualifier.Exact, int? High = null, string? Words = null)
{
    public Figure ToFigure() => new(Value, Qualifier, High, Words);
}

/// <summary>When a strike happened (Europe/Kyiv local time): a day, a night (start to end), or an explicit window.</summary>
public sealed record ReferenceWindow(DateOnly Start, DatePrecision Precision, TimeOnly? StartTime = null, DateOnly? End = null, TimeOnly? EndTime = null, string? Note = null);

/// <summary>A strike's main place; <paramref name="GazetteerKey"/> names the shipped gazetteer's entry (<paramref name="GazetteerName"/> is its name, for review).</summary>
public sealed record ReferencePlace(
    LocationPrecision Precision, Oblast? Oblast = null, string? Settlement = null, string? District = null,
    string? GazetteerKey = null, string? GazetteerName = null, string? Note = null);

/// <summary>A further place the strike is recorded at.</summary>
public sealed record ReferenceOtherPlace(string GazetteerKey, string GazetteerName, LocationPrecision Precision);

/// <summary>One strike of strikes.json. <paramref name="Weapon"/> is the editors' consolidated catalogue code.</summary>
public sealed record ReferenceStrike(
    string Key, ReferenceWindow Window, ReferencePlace Place, OriginStatus OriginStatus, string Weapon, string Summary, List<string> Reports,
    List<ReferenceOtherPlace>? OtherPlaces = null, List<string>? PlacesNotInGazetteer = null, string? OriginStatusNote = null,
    ReferenceFigure? MissilesLaunched = null, ReferenceFigure? MissilesIntercepted = null, ReferenceFigure? Killed = null, ReferenceFigure? Injured = null);

/// <summary>
/// A statement of statements.json or claims.json: said by <paramref name="Speaker"/> (an official's or a body's key) or by
/// <paramref name="Organisation"/> alone, published by <paramref name="Reports"/>; about strikes, or an aggregate <paramref name="Claim"/>.
/// </summary>
public sealed record ReferenceStatement(
    string Key, QuoteKind QuoteKind, string Quote, List<string> Reports,
    string? Speaker = null, string? Organisation = null, DateOnly? StatedOn = null, TimeOnly? StatedAt = null, string? StatedOnNote = null,
    bool Preliminary = false, string? NoReportReason = null, List<ReferenceStatementStrike>? Strikes = null, ReferenceClaim? Claim = null);

/// <summary>
/// What a statement says about one strike: the weapon as labelled (<paramref name="WeaponLabel"/>, verbatim) and the catalogue
/// weapons it means (<paramref name="Weapons"/>, a set; empty: type not stated), where it says the weapon was made, and its figures.
/// </summary>
public sealed record ReferenceStatementStrike(
    string Strike, OriginClaim OriginClaim = OriginClaim.NotStated, string? WeaponLabel = null, List<string>? Weapons = null,
    ReferenceFigure? Missiles = null, ReferenceFigure? Intercepted = null, ReferenceFigure? Killed = null, ReferenceFigure? Injured = null,
    string? DateAsReported = null, string? LocationAsReported = null);

/// <summary>An aggregate claim: the period it covers, its figures in the source's order, and the regions it names.</summary>
public sealed record ReferenceClaim(ReferencePeriod Period, List<ReferenceClaimFigure> Figures, List<ReferenceClaimRegion>? Regions = null, string? RegionsNote = null);

/// <summary>A claim's period: start to end (no end: "since"), or as of a date; <paramref name="Note"/> in the source's terms.</summary>
public sealed record ReferencePeriod(DateOnly? Start = null, DateOnly? End = null, DateOnly? AsOf = null, string? Note = null);

/// <summary>One figure of a claim: what it counts (<paramref name="Kind"/>, and <paramref name="Unit"/> in words when needed) and the number as said.</summary>
public sealed record ReferenceClaimFigure(
    ClaimFigureKind Kind, int? Value = null, FigureQualifier Qualifier = FigureQualifier.Exact, int? High = null, string? Words = null,
    string? Unit = null, string? WeaponLabel = null, string? Note = null)
{
    public Figure ToFigure() => new(Value, Qualifier, High, Words);
}

/// <summary>A region a claim names, as said (<c>"Dnipro"</c>), with the oblast it means when it is one, and a count ("Kyiv ×3").</summary>
public sealed record ReferenceClaimRegion(string NameAsSaid, Oblast? Oblast = null, int? Count = null);

/// <summary>
/// One physical evidence record of evidence.json: what was found on a strike's site and what its examiner found. <paramref name="Examiner"/> is an
/// official's key (stored as the examiner) or a body's (stored as <paramref name="ExaminedBy"/> text); <paramref name="ExaminedBy"/> adds words.
/// </summary>
public sealed record ReferenceEvidence(
    string Key, string Strike, string Component, string Finding, List<string> Reports,
    string? Examiner = null, string? ExaminedBy = null, string? ExaminedWhen = null, string? Markings = null, string? Serials = null,
    string? Characters = null, string? FoundAt = null, DateOnly? FoundOn = null);
