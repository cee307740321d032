using MissileTracker.Web.Statements;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Places;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Pages;

/// <summary>
/// Strikes on a map of Ukraine, for the timeline's filters. The page lists every strike (the list is the
/// map's data and its no-JavaScript fallback); map.js draws the ones with a known place.
/// </summary>
public sealed class MapModel(StrikeQueries strikes, WeaponList weaponList, RaionList raionList, OblastCentres centres, IConfiguration configuration) : QueryPageModel
{
    /// <summary>At most this many strikes are drawn; the page says so when more match.</summary>
    public const int MaxStrikes = 2000;

    public StrikeFilterParameters Query { get; private set; } = new();
    public IReadOnlyList<WeaponDto> Weapons { get; private set; } = [];
    public IReadOnlyList<string> Raions { get; private set; } = [];
    public IReadOnlyList<MapStrike> Placed { get; private set; } = [];
    public IReadOnlyList<MapStrike> Unplaced { get; private set; } = [];
    public int Total { get; private set; }
    public MapSettings Settings { get; } = MapSettings.From(configuration);
    public StrikeFilterForm FilterForm => new(Query, Weapons, Raions, Errors, StrikeFilterForm.AnyFilter(Request), "/Map");

    public async Task OnGetAsync([FromQuery] StrikeFilterParameters query, CancellationToken ct)
    {
        Query = query;
        Weapons = await weaponList.AllAsync(ct);
        Raions = await raionList.AllAsync(ct);
        if (!await ParseQueryAsync(ct, query))
        {
            return;
        }

        var filter = query.Filter;

        var matching = strikes.Matching(filter);
        Total = await matching.CountAsync(ct);
        var rows = await matching.OrderBy(filter.Sort).Take(MaxStrikes)
            .Select(s => new { Strike = s, WeaponName = s.Weapon.Name, WeaponCode = s.Weapon.Code })
            .ToListAsync(ct);
        // The further places (a town and three villages in one case) each get a marker of their own.
        var places = await strikes.PlacesOfAsync(rows.Select(r => r.Strike.Id).ToList(), ct);
        var all = rows.Select(r => MapStrike.Of(r.Strike, WeaponCatalog.LocalNameOf(r.WeaponCode, r.WeaponName), centres, places[r.Strike.Id].Where(p => p.Position > 0).ToList())).ToList();
        Placed = all.Where(s => s.Placement != MapPlacement.None).ToList();
        Unplaced = all.Where(s => s.Placement == MapPlacement.None).ToList();
    }
}

/// <summary>One strike as the map shows it.</summary>
public sealed record MapStrike(int Id, string DateText, string Place, Oblast? Oblast, string? OblastIso, double? Latitude, double? Longitude,
    LocationPrecision Precision, OriginStatus Status, Figure Missiles, string WeaponName, MapPlacement Placement, IReadOnlyList<StrikeMapPlace> FurtherPlaces)
{
    /// <summary>Drawn somewhere other than where it happened (the oblast centre, or coordinates of an oblast).</summary>
    public bool Approximate => Placement == MapPlacement.OblastCentre || Precision == LocationPrecision.Oblast;

    /// <param name="s">The strike.</param>
    /// <param name="weaponName">Its missile type's name, in the page's language.</param>
    /// <param name="centres">Where oblast-level strikes are drawn.</param>
    /// <param name="furtherPlaces">The places it names besides its main one, each drawn at its centre.</param>
    public static MapStrike Of(Strike s, string weaponName, OblastCentres centres, IReadOnlyList<StrikeMapPlace> furtherPlaces)
    {
        var location = StrikeLocation.Of(s);
        var (placement, latitude, longitude) = StrikePlacement.Of(s.Latitude, s.Longitude, s.Oblast, centres);
        return new MapStrike(s.Id, s.Date.ToString(), location.Text, s.Oblast, s.Oblast is { } o ? Oblasts.IsoCodeOf(o) : null,
            latitude, longitude, s.LocationPrecision, s.OriginStatus, s.MissilesLaunchedFigure, weaponName, placement, furtherPlaces);
    }
}
