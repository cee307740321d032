using Microsoft.AspNetCore.Mvc.ModelBinding;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Statements;

/// <summary>The statement list's own query parameter: which kind of statement to list. The claims' filters (<see cref="StatementFilterParameters"/>) come beside it.</summary>
public sealed class StatementListParameters : QueryParameters
{
    /// <summary>true: aggregate claims only (as <c>/api/v1/claims</c>); false: statements about specific strikes only. Default: both.</summary>
    /// <example>false</example>
    [BooleanQuery("aggregate")]
    public string? Aggregate { get; set; }

    private bool? _aggregateOnly;

    /// <summary>The kind asked for, once parsed: true aggregate claims only, false statements about strikes only, null both.</summary>
    [BindNever]
    public bool? AggregateOnly => _aggregateOnly;

    protected internal override void Parse(QueryStringParser parser) => _aggregateOnly = Read(parser).Boolean(nameof(Aggregate));
}
