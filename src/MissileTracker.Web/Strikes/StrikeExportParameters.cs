using Microsoft.AspNetCore.Mvc.ModelBinding;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>The GeoJSON and CSV exports' own query parameter, beside the list's filters: the order. No paging: every match is written.</summary>
public sealed class StrikeExportParameters : QueryParameters
{
    /// <summary>Row order: -date (newest first, default), date, -updated, updated, -casualties, casualties. Ties are broken by id.</summary>
    /// <example>date</example>
    [ChoiceQuery("sort", typeof(StrikeSort))]
    public string? Sort { get; set; }

    private StrikeSort _order;

    /// <summary>The order, once parsed.</summary>
    [BindNever]
    public StrikeSort Order => _order;

    protected internal override void Parse(QueryStringParser parser) => _order = Read(parser).Choice<StrikeSort>(nameof(Sort));
}
