using Microsoft.AspNetCore.Mvc.ModelBinding;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>The query string of one strike (<c>GET /api/v1/strikes/{id}</c> and <c>/strikes/{id}</c>).</summary>
public sealed class StrikeAsOfParameters : QueryParameters
{
    /// <summary>
    /// The strike as it was published at this UTC time (ISO 8601), rebuilt from the change log: its fields, statements with
    /// their figures, reports and history up to then. 404 when the strike was not published at that time.
    /// </summary>
    /// <example>2024-02-08T00:00:00Z</example>
    [TimestampQuery("asOf")]
    public string? AsOf { get; set; }

    private DateTime? _at;

    /// <summary>The time asked for, once parsed; null for the strike as it is now.</summary>
    [BindNever]
    public DateTime? At => _at;

    protected internal override void Parse(QueryStringParser parser) => _at = Read(parser).Timestamp(nameof(AsOf));
}
