using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Statements;

/// <summary>The statement list's filters: the claims' filters plus which kind of statement to list.</summary>
public sealed class StatementListParameters : StatementFilterParameters
{
    /// <summary>true: aggregate claims only (as <c>/api/v1/claims</c>); false: statements about specific strikes only. Default: both.</summary>
    /// <example>false</example>
    [BooleanQuery("aggregate")]
    public string? Aggregate { get; set; }

    protected internal override void Parse(QueryStringParser parser)
    {
        var aggregate = Read(parser).Boolean(nameof(Aggregate));
        base.Parse(parser);
        Use(Filter with { Aggregate = aggregate });
    }
}
