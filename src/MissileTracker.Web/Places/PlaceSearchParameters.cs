using Microsoft.AspNetCore.Mvc.ModelBinding;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Places;

/// <summary>The place type-ahead's query string (<c>GET /api/v1/places</c> and the editor forms' <c>/editor/places/find</c>).</summary>
public sealed class PlaceSearchParameters : QueryParameters
{
    public const int MaxQueryLength = 100;

    /// <summary>The start of a place name in any spelling: English, Ukrainian or an alternate (Kharkov, Kiev); case, accents, apostrophes and hyphens are ignored. Required.</summary>
    /// <example>Brov</example>
    [TextQuery("q", MaxQueryLength)]
    public string? Q { get; set; }

    /// <summary>Oblast name(s), comma-separated, to narrow the candidates, e.g. Kyiv.</summary>
    /// <example>Kyiv</example>
    [ListQuery("oblast", typeof(Oblast))]
    public string? Oblast { get; set; }

    /// <summary>At most this many candidates, 1 to 50 (default 10).</summary>
    /// <example>10</example>
    [IntegerQuery("limit", 1, PlaceLookup.MaxLimit, Default = PlaceLookup.DefaultLimit)]
    public string? Limit { get; set; }

    private string _query = "";
    private IReadOnlyList<Oblast> _oblasts = [];
    private int _maxCandidates = PlaceLookup.DefaultLimit;

    /// <summary>The name's start, once parsed.</summary>
    [BindNever]
    public string Query => _query;

    [BindNever]
    public IReadOnlyList<Oblast> Oblasts => _oblasts;

    [BindNever]
    public int MaxCandidates => _maxCandidates;

    protected internal override void Parse(QueryStringParser parser)
    {
        var read = Read(parser);
        var q = read.Text(nameof(Q));
        if (q is null && !parser.Any)
        {
            parser.Add(read.NameOf(nameof(Q)), "Give the start of a place name.");
        }

        _query = q ?? "";
        _oblasts = read.EnumList<Oblast>(nameof(Oblast));
        _maxCandidates = read.WholeNumber(nameof(Limit)) ?? PlaceLookup.DefaultLimit;
    }
}
