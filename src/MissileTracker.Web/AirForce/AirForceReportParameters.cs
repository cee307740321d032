using Microsoft.AspNetCore.Mvc.ModelBinding;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.AirForce;

/// <summary>The Air Force rows' filters, shared by <c>GET /api/v1/airforce/reports</c>, its CSV and the <c>/airforce</c> page.</summary>
public sealed class AirForceReportParameters : QueryParameters
{
    /// <summary>Rows whose window ends on or after this day (yyyy-MM-dd, Kyiv).</summary>
    /// <example>2024-01-01</example>
    [DateQuery("from")]
    public string? From { get; set; }

    /// <summary>Rows whose window starts on or before this day (yyyy-MM-dd, Kyiv); not before from.</summary>
    /// <example>2024-12-31</example>
    [DateQuery("to")]
    public string? To { get; set; }

    /// <summary>What the label says about North Korean origin, comma-separated: Confirmed, Possible, None.</summary>
    /// <example>Confirmed,Possible</example>
    [ListQuery("northKorean", typeof(NorthKoreanReading))]
    public string? NorthKorean { get; set; }

    /// <summary>Rows whose targets name these oblasts, comma-separated (as the strikes' oblast filter), or whose target is "Ukraine".</summary>
    /// <example>Kharkiv</example>
    [ListQuery("oblast", typeof(Oblast))]
    public string? Oblast { get; set; }

    /// <summary>Only rows an editor confirmed for this published strike.</summary>
    /// <example>1</example>
    [IntegerQuery("strike", 1, int.MaxValue)]
    public string? Strike { get; set; }

    /// <summary>Also rows the dataset no longer holds (flagged as vanished upstream); false by default.</summary>
    /// <example>false</example>
    [BooleanQuery("includeVanished", false)]
    public string? IncludeVanished { get; set; }

    private AirForceFilter _filter = new();

    /// <summary>The filter, once parsed.</summary>
    [BindNever]
    public AirForceFilter Filter => _filter;

    protected internal override void Parse(QueryStringParser parser)
    {
        var read = Read(parser);
        _filter = new AirForceFilter
        {
            From = read.Date(nameof(From)),
            To = read.Date(nameof(To)),
            NorthKorean = read.EnumList<NorthKoreanReading>(nameof(NorthKorean)),
            Oblasts = read.EnumList<Oblast>(nameof(Oblast)),
            StrikeId = read.WholeNumber(nameof(Strike)),
            IncludeVanished = read.Boolean(nameof(IncludeVanished)) ?? false,
        };
        read.Order(nameof(From), _filter.From, nameof(To), _filter.To);
    }
}

/// <summary>The parsed Air Force filter.</summary>
public sealed record AirForceFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyList<NorthKoreanReading> NorthKorean { get; init; } = [];
    public IReadOnlyList<Oblast> Oblasts { get; init; } = [];
    public int? StrikeId { get; init; }
    public bool IncludeVanished { get; init; }
}
