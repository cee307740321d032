using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Pages;

/// <summary>
/// Strikes on a map of Ukraine, for the timeline's filters. The page lists every strike (the list is the
/// map's data and its no-JavaScript fallback); map.js draws the ones with a known place.
/// </summary>
public sealed class MapModel(StrikeQueries strikes, WeaponList weaponList, IConfiguration configuration) : QueryPageModel
{
    /// <summary>At most this many strikes are drawn; the page says so when more match.</summary>
    public const int MaxStrikes = 2000;

    public StrikeFilterParameters Query { get; private set; } = new();
    public IReadOnlyList<WeaponDto> Weapons { get; private set; } = [];
    public IReadOnlyList<MapStrike> Placed { get; private set; } = [];
    public IReadOnlyList<MapStrike> Unplaced { get; private set; } = [];
    public int Total { get; private set; }
    public MapSettings Settings { get; } = MapSettings.From(configuration);
    public StrikeFilterForm FilterForm => new(Query, Weapons, Errors, StrikeFilterForm.AnyFilter(Request), "/Map");

    public async Task OnGetAsync([FromQuery] StrikeFilterParameters query, CancellationToken ct)
    {
        Query = query;
        Weapons = await weaponList.AllAsync(ct);
        if (!await ParseQueryAsync(ct, query))
        {
            return;
        }

        var filter = query.Filter;

        var matching = strikes.Matching(filter);
        Total = await matching.CountAsync(ct);
        var rows = await matching.OrderBy(filter.Sort).Take(MaxStrikes)
            .Select(s => new { Strike = s, WeaponName = s.Weapon.Name })
            .ToListAsync(ct);
        var all = rows.Select(r => MapStrike.Of(r.Strike, r.WeaponName)).ToList();
        Placed = all.Where(s => s.Placement != MapPlacement.None).ToList();
        Unplaced = all.Where(s => s.Placement == MapPlacement.None).ToList();
    }
}

/// <summary>How a strike is put on the map.</summary>
public enum MapPlacement
{
    /// <summary>No coordinates and no oblast: listed beside the map, never drawn.</summary>
    None,

    /// <summary>At its recorded coordinates.</summary>
    Coordinates,

    /// <summary>Known only to oblast level: at the oblast's centre, drawn as approximate.</summary>
    OblastCentre,
}

/// <summary>One strike as the map shows it.</summary>
public sealed record MapStrike(int Id, string DateText, string Place, Oblast? Oblast, string? OblastIso, double? Latitude, double? Longitude,
    LocationPrecision Precision, OriginStatus Status, int? Missiles, string WeaponName, MapPlacement Placement)
{
    /// <summary>Drawn somewhere other than where it happened (the oblast centre, or coordinates of an oblast).</summary>
    public bool Approximate => Placement == MapPlacement.OblastCentre || Precision == LocationPrecision.Oblast;

    public static MapStrike Of(Strike s, string weaponName)
    {
        var location = StrikeLocation.Of(s);
        var placement = s.Latitude is not null && s.Longitude is not null ? MapPlacement.Coordinates
            : s.Oblast is not null ? MapPlacement.OblastCentre
            : MapPlacement.None;
        return new MapStrike(s.Id, s.Date.ToString(), location.Text, s.Oblast, s.Oblast is { } o ? Oblasts.IsoCodeOf(o) : null,
            s.Latitude, s.Longitude, s.LocationPrecision, s.OriginStatus, s.MissilesLaunched, weaponName, placement);
    }
}
