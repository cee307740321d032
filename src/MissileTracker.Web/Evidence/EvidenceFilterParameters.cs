using Microsoft.AspNetCore.Mvc.ModelBinding;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Evidence;

/// <summary>The query string of <c>GET /api/v1/evidence</c>; paging comes beside it.</summary>
public sealed class EvidenceFilterParameters : QueryParameters
{
    /// <summary>Only the evidence of this strike (its id).</summary>
    /// <example>3</example>
    [IntegerQuery("strike", 1, int.MaxValue)]
    public string? Strike { get; set; }

    private int? _strikeId;

    /// <summary>The strike asked for, once parsed.</summary>
    [BindNever]
    public int? StrikeId => _strikeId;

    protected internal override void Parse(QueryStringParser parser) => _strikeId = Read(parser).WholeNumber(nameof(Strike));
}
