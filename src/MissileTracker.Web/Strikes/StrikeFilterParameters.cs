using Microsoft.AspNetCore.Mvc.ModelBinding;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// The strike filters, shared by the timeline, map and statistics pages, the list, the exports, the feed and the
/// statistics API; the list and the exports take them beside their own parameters. Comma-separated values of one
/// filter combine with OR; filters with AND.
/// </summary>
public sealed class StrikeFilterParameters : QueryParameters
{
    public const int MaxTextLength = 200;

    /// <summary>Earliest strike date, inclusive (yyyy-MM-dd).</summary>
    /// <example>2023-12-01</example>
    [DateQuery("from")]
    public string? From { get; set; }

    /// <summary>Latest strike date, inclusive (yyyy-MM-dd); not before from.</summary>
    /// <example>2024-01-31</example>
    [DateQuery("to")]
    public string? To { get; set; }

    /// <summary>Oblast name(s), comma-separated, any of which matches: Kharkiv, KyivCity, Crimea, Sevastopol, … (see the Oblast schema).</summary>
    /// <example>Kharkiv,Kyiv</example>
    [ListQuery("oblast", typeof(Oblast))]
    public string? Oblast { get; set; }

    /// <summary>Settlement name(s), comma-separated, matched whole and ignoring case, e.g. Kharkiv.</summary>
    /// <example>Kharkiv</example>
    [ListQuery("settlement", typeof(string), MaxLength = MaxTextLength)]
    public string? Settlement { get; set; }

    /// <summary>Place id(s), comma-separated, from <c>GET /api/v1/places</c> (<c>placeId</c>; the page <c>/places/{id}</c>): strikes recorded at any of them.</summary>
    /// <example>12</example>
    [ListQuery("place", typeof(int))]
    public string? Place { get; set; }

    /// <summary>
    /// Raion name(s), comma-separated, matched whole and ignoring case, e.g. Brovary Raion: strikes linked to a place
    /// (<c>GET /api/v1/places</c>) in any of them. Only the places' gazetteer raion counts, not the strike's own district text.
    /// </summary>
    /// <example>Brovary Raion</example>
    [ListQuery("raion", typeof(string), MaxLength = MaxTextLength)]
    public string? Raion { get; set; }

    /// <summary>Missile type code(s), comma-separated, from <c>GET /api/v1/weapons</c>, e.g. kn-23.</summary>
    /// <example>kn-23</example>
    [ListQuery("type", typeof(string))]
    public string? Type { get; set; }

    /// <summary>Origin status(es), comma-separated: Suspected, ReportedByOfficials, ConfirmedByDebris, Retracted.</summary>
    /// <example>ReportedByOfficials,ConfirmedByDebris</example>
    [ListQuery("status", typeof(OriginStatus))]
    public string? Status { get; set; }

    /// <summary>Official id(s), comma-separated (<c>GET /api/v1/officials</c>): strikes that one of their statements refers to.</summary>
    /// <example>1</example>
    [ListQuery("official", typeof(int))]
    public string? Official { get; set; }

    /// <summary>Organisation name(s), comma-separated, matched whole and ignoring case: strikes that a statement made on its behalf refers to.</summary>
    /// <example>U.S. National Security Council</example>
    [ListQuery("organisation", typeof(string), MaxLength = MaxTextLength)]
    public string? Organisation { get; set; }

    /// <summary>Outlet name(s), comma-separated, matched whole and ignoring case: strikes covered by a report from that outlet.</summary>
    /// <example>Reuters</example>
    [ListQuery("outlet", typeof(string), MaxLength = MaxTextLength)]
    public string? Outlet { get; set; }

    /// <summary>true: only strikes with coordinates; false: only strikes without.</summary>
    /// <example>true</example>
    [BooleanQuery("hasCoordinates")]
    public string? HasCoordinates { get; set; }

    /// <summary>At least this many people killed (strikes with no figure are left out).</summary>
    /// <example>1</example>
    [IntegerQuery("killedMin", 0, int.MaxValue)]
    public string? KilledMin { get; set; }

    /// <summary>At most this many people killed (strikes with no figure are left out).</summary>
    /// <example>10</example>
    [IntegerQuery("killedMax", 0, int.MaxValue)]
    public string? KilledMax { get; set; }

    /// <summary>At least this many people injured (strikes with no figure are left out).</summary>
    /// <example>1</example>
    [IntegerQuery("injuredMin", 0, int.MaxValue)]
    public string? InjuredMin { get; set; }

    /// <summary>At most this many people injured (strikes with no figure are left out).</summary>
    /// <example>50</example>
    [IntegerQuery("injuredMax", 0, int.MaxValue)]
    public string? InjuredMax { get; set; }

    /// <summary>
    /// Free text, at most 200 characters: every word (or "quoted phrase") must occur, ignoring case, in the
    /// strike's summary, its place (settlement, district, a source's wording of it) or a quote about it.
    /// </summary>
    /// <example>Kharkiv "ballistic missile"</example>
    [TextQuery("q", MaxTextLength)]
    public string? Q { get; set; }

    /// <summary>Only strikes created or changed at or after this UTC time (ISO 8601); for keeping a copy in sync.</summary>
    /// <example>2024-01-09T00:00:00Z</example>
    [TimestampQuery("updatedSince")]
    public string? UpdatedSince { get; set; }

    private StrikeFilter _filter = new();

    /// <summary>The filter, once parsed, sorted newest first (the list and the exports set their own sort).</summary>
    [BindNever]
    public StrikeFilter Filter => _filter;

    /// <summary>Parses the filters; the missile types allowed in <c>type</c> come from the reference table.</summary>
    public override async ValueTask ParseAsync(QueryStringParser parser, IServiceProvider services, CancellationToken ct)
    {
        // Read only when asked for: the catalogue is a query of its own when the result caches are off.
        var weaponCodes = Type is null ? [] : await services.GetRequiredService<WeaponList>().CodesAsync(ct);
        var read = Read(parser);
        _filter = new StrikeFilter
        {
            From = read.Date(nameof(From)),
            To = read.Date(nameof(To)),
            Oblasts = read.EnumList<Oblast>(nameof(Oblast)),
            Settlements = read.TextList(nameof(Settlement)),
            PlaceIds = read.IdList(nameof(Place)),
            Raions = read.TextList(nameof(Raion)),
            WeaponCodes = read.CodeList(nameof(Type), weaponCodes),
            Statuses = read.EnumList<OriginStatus>(nameof(Status)),
            OfficialIds = read.IdList(nameof(Official)),
            Organisations = read.TextList(nameof(Organisation)),
            Outlets = read.TextList(nameof(Outlet)),
            HasCoordinates = read.Boolean(nameof(HasCoordinates)),
            KilledMin = read.WholeNumber(nameof(KilledMin)),
            KilledMax = read.WholeNumber(nameof(KilledMax)),
            InjuredMin = read.WholeNumber(nameof(InjuredMin)),
            InjuredMax = read.WholeNumber(nameof(InjuredMax)),
            Text = read.Text(nameof(Q)),
            UpdatedSince = read.Timestamp(nameof(UpdatedSince)),
        };
        read.Order(nameof(From), _filter.From, nameof(To), _filter.To);
        read.Order(nameof(KilledMin), _filter.KilledMin, nameof(KilledMax), _filter.KilledMax);
        read.Order(nameof(InjuredMin), _filter.InjuredMin, nameof(InjuredMax), _filter.InjuredMax);
    }
}
