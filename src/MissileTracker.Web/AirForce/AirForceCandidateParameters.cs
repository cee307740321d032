using Microsoft.AspNetCore.Mvc.ModelBinding;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.AirForce;

/// <summary>The filters of <c>GET /api/v1/airforce/candidates</c>, as the editors' links page takes them.</summary>
public sealed class AirForceCandidateParameters : QueryParameters
{
    /// <summary>Only candidates for this strike (drafts included).</summary>
    /// <example>1</example>
    [IntegerQuery("strike", 1, int.MaxValue)]
    public string? Strike { get; set; }

    /// <summary>Also pairs an editor has already confirmed or rejected (with their decision); false by default.</summary>
    /// <example>false</example>
    [BooleanQuery("includeDecided", false)]
    public string? IncludeDecided { get; set; }

    private int? _strikeId;
    private bool _decided;

    /// <summary>The strike, once parsed.</summary>
    [BindNever]
    public int? StrikeId => _strikeId;

    /// <summary>Whether decided pairs are listed, once parsed.</summary>
    [BindNever]
    public bool Decided => _decided;

    protected internal override void Parse(QueryStringParser parser)
    {
        var read = Read(parser);
        _strikeId = read.WholeNumber(nameof(Strike));
        _decided = read.Boolean(nameof(IncludeDecided)) ?? false;
    }
}
