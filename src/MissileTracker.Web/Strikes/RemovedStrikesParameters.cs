using Microsoft.AspNetCore.Mvc.ModelBinding;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>The query string of <c>GET /api/v1/strikes/deleted</c>.</summary>
public sealed class RemovedStrikesParameters : QueryParameters
{
    /// <summary>Only removals at or after this UTC time (ISO 8601), e.g. 2024-01-09T00:00:00Z.</summary>
    /// <example>2024-01-09T00:00:00Z</example>
    [TimestampQuery("since")]
    public string? Since { get; set; }

    private DateTime _from = DateTime.MinValue;

    /// <summary>The earliest removal time asked for, once parsed; the beginning of time when absent.</summary>
    [BindNever]
    public DateTime From => _from;

    protected internal override void Parse(QueryStringParser parser) => _from = Read(parser).Timestamp(nameof(Since)) ?? DateTime.MinValue;
}
