using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Places;

/// <summary>The place type-ahead's query string (<c>GET /api/v1/places</c>).</summary>
public sealed class PlaceSearchParameters
{
    public const int MaxQueryLength = 100;

    /// <summary>The start of a place name in any spelling: English, Ukrainian or an alternate (Kharkov, Kiev); case, accents, apostrophes and hyphens are ignored. Required.</summary>
    /// <example>Brov</example>
    [FromQuery(Name = "q"), TextValue(MaxQueryLength)]
    public string? Q { get; set; }

    /// <summary>Oblast name(s), comma-separated, to narrow the candidates, e.g. Kyiv.</summary>
    /// <example>Kyiv</example>
    [FromQuery(Name = "oblast"), ListValue(typeof(Oblast))]
    public string? Oblast { get; set; }

    /// <summary>At most this many candidates, 1 to 50 (default 10).</summary>
    /// <example>10</example>
    [FromQuery(Name = "limit"), IntegerValue(1, PlaceLookup.MaxLimit, Default = PlaceLookup.DefaultLimit)]
    public string? Limit { get; set; }

    public (string Query, IReadOnlyList<Oblast> Oblasts, int Limit) Parse(QueryErrors errors)
    {
        var q = errors.Text("q", Q, MaxQueryLength);
        if (q is null && !errors.Any)
        {
            errors.Add("q", "Give the start of a place name.");
        }

        return (q ?? "", errors.EnumList<Oblast>("oblast", Oblast), errors.OptionalInteger("limit", Limit, 1, PlaceLookup.MaxLimit) ?? PlaceLookup.DefaultLimit);
    }
}
