using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// The strike filters, shared by the timeline page, the list, the exports, the feed and the
/// statistics. Everything arrives as text so that a bad value is reported by name instead of
/// failing binding. Comma-separated values of one filter combine with OR; filters with AND.
/// </summary>
public class StrikeFilterParameters
{
    public const int MaxTextLength = 200;

    /// <summary>Earliest strike date, inclusive (yyyy-MM-dd).</summary>
    /// <example>2023-12-01</example>
    [FromQuery(Name = "from"), DateValue]
    public string? From { get; set; }

    /// <summary>Latest strike date, inclusive (yyyy-MM-dd); not before from.</summary>
    /// <example>2024-01-31</example>
    [FromQuery(Name = "to"), DateValue]
    public string? To { get; set; }

    /// <summary>Oblast name(s), comma-separated, any of which matches: Kharkiv, KyivCity, Crimea, Sevastopol, … (see the Oblast schema).</summary>
    /// <example>Kharkiv,Kyiv</example>
    [FromQuery(Name = "oblast"), ListValue(typeof(Oblast))]
    public string? Oblast { get; set; }

    /// <summary>Settlement name(s), comma-separated, matched whole and ignoring case, e.g. Kharkiv.</summary>
    /// <example>Kharkiv</example>
    [FromQuery(Name = "settlement"), ListValue(typeof(string))]
    public string? Settlement { get; set; }

    /// <summary>Place id(s), comma-separated, from <c>GET /api/v1/places</c> (<c>placeId</c>; the page <c>/places/{id}</c>): strikes recorded at any of them.</summary>
    /// <example>12</example>
    [FromQuery(Name = "place"), ListValue(typeof(int))]
    public string? Place { get; set; }

    /// <summary>Missile type code(s), comma-separated, from <c>GET /api/v1/weapons</c>, e.g. kn-23.</summary>
    /// <example>kn-23</example>
    [FromQuery(Name = "type"), ListValue(typeof(string))]
    public string? Type { get; set; }

    /// <summary>Origin status(es), comma-separated: Suspected, ReportedByOfficials, ConfirmedByDebris, Retracted.</summary>
    /// <example>ReportedByOfficials,ConfirmedByDebris</example>
    [FromQuery(Name = "status"), ListValue(typeof(OriginStatus))]
    public string? Status { get; set; }

    /// <summary>Official id(s), comma-separated (<c>GET /api/v1/officials</c>): strikes that one of their statements refers to.</summary>
    /// <example>1</example>
    [FromQuery(Name = "official"), ListValue(typeof(int))]
    public string? Official { get; set; }

    /// <summary>Organisation name(s), comma-separated, matched whole and ignoring case: strikes that a statement made on its behalf refers to.</summary>
    /// <example>U.S. National Security Council</example>
    [FromQuery(Name = "organisation"), ListValue(typeof(string))]
    public string? Organisation { get; set; }

    /// <summary>Outlet name(s), comma-separated, matched whole and ignoring case: strikes covered by a report from that outlet.</summary>
    /// <example>Reuters</example>
    [FromQuery(Name = "outlet"), ListValue(typeof(string))]
    public string? Outlet { get; set; }

    /// <summary>true: only strikes with coordinates; false: only strikes without.</summary>
    /// <example>true</example>
    [FromQuery(Name = "hasCoordinates"), BooleanValue]
    public string? HasCoordinates { get; set; }

    /// <summary>At least this many people killed (strikes with no figure are left out).</summary>
    /// <example>1</example>
    [FromQuery(Name = "killedMin"), IntegerValue(0, int.MaxValue)]
    public string? KilledMin { get; set; }

    /// <summary>At most this many people killed (strikes with no figure are left out).</summary>
    /// <example>10</example>
    [FromQuery(Name = "killedMax"), IntegerValue(0, int.MaxValue)]
    public string? KilledMax { get; set; }

    /// <summary>At least this many people injured (strikes with no figure are left out).</summary>
    /// <example>1</example>
    [FromQuery(Name = "injuredMin"), IntegerValue(0, int.MaxValue)]
    public string? InjuredMin { get; set; }

    /// <summary>At most this many people injured (strikes with no figure are left out).</summary>
    /// <example>50</example>
    [FromQuery(Name = "injuredMax"), IntegerValue(0, int.MaxValue)]
    public string? InjuredMax { get; set; }

    /// <summary>
    /// Free text, at most 200 characters: every word (or "quoted phrase") must occur, ignoring case, in the
    /// strike's summary, its place (settlement, district, a source's wording of it) or a quote about it.
    /// </summary>
    /// <example>Kharkiv "ballistic missile"</example>
    [FromQuery(Name = "q"), TextValue(MaxTextLength)]
    public string? Q { get; set; }

    /// <summary>Only strikes created or changed at or after this UTC time (ISO 8601); for keeping a copy in sync.</summary>
    /// <example>2024-01-09T00:00:00Z</example>
    [FromQuery(Name = "updatedSince"), TimestampValue]
    public string? UpdatedSince { get; set; }

    /// <summary>Turns the filter text into a <see cref="StrikeFilter"/> (sorted by <paramref name="sort"/>), or lists what is wrong, by parameter.</summary>
    public StrikeFilter ParseFilter(IReadOnlyCollection<string> weaponCodes, QueryErrors errors, StrikeSort sort = StrikeSort.DateDescending)
    {
        var filter = new StrikeFilter
        {
            From = errors.Date("from", From),
            To = errors.Date("to", To),
            Oblasts = errors.EnumList<Oblast>("oblast", Oblast),
            Settlements = errors.TextList("settlement", Settlement),
            PlaceIds = errors.IdList("place", Place),
            WeaponCodes = errors.CodeList("type", Type, weaponCodes),
            Statuses = errors.EnumList<OriginStatus>("status", Status),
            OfficialIds = errors.IdList("official", Official),
            Organisations = errors.TextList("organisation", Organisation),
            Outlets = errors.TextList("outlet", Outlet),
            HasCoordinates = errors.Boolean("hasCoordinates", HasCoordinates),
            KilledMin = errors.OptionalInteger("killedMin", KilledMin, 0, int.MaxValue),
            KilledMax = errors.OptionalInteger("killedMax", KilledMax, 0, int.MaxValue),
            InjuredMin = errors.OptionalInteger("injuredMin", InjuredMin, 0, int.MaxValue),
            InjuredMax = errors.OptionalInteger("injuredMax", InjuredMax, 0, int.MaxValue),
            Text = errors.Text("q", Q, MaxTextLength),
            UpdatedSince = errors.Timestamp("updatedSince", UpdatedSince),
            Sort = sort,
        };
        if (filter.From is { } from && filter.To is { } to && from > to)
        {
            errors.Add("to", $"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd}).");
        }

        errors.Order("killedMin", filter.KilledMin, "killedMax", filter.KilledMax);
        errors.Order("injuredMin", filter.InjuredMin, "injuredMax", filter.InjuredMax);
        return filter;
    }
}
