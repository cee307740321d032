using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Statements;

/// <summary>
/// Which statements (claims) to list: by official, organisation, the period they were made in,
/// aggregate or not, words in the quote, and change time. Lists within a filter are OR; filters AND.
/// </summary>
public sealed record StatementFilter
{
    public static StatementFilter None { get; } = new();

    public IReadOnlyList<int> OfficialIds { get; init; } = [];
    public IReadOnlyList<string> Organisations { get; init; } = [];

    /// <summary>Stated on or after; undated statements are left out when set.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Stated on or before; undated statements are left out when set.</summary>
    public DateOnly? To { get; init; }

    /// <summary>true: aggregate claims only; false: statements about specific strikes only.</summary>
    public bool? Aggregate { get; init; }

    /// <summary>Text that must occur in the quote, ignoring case (ASCII).</summary>
    public string? Text { get; init; }

    public DateTime? UpdatedSince { get; init; }

    /// <summary>The matching statements, newest first (undated last).</summary>
    // ToLower() is translated to SQL LOWER(); culture overloads and string.Equals(comparison) do not translate.
#pragma warning disable CA1304, CA1308, CA1311, CA1862
    public IQueryable<Statement> Apply(IQueryable<Statement> statements, TextMatch textMatch = TextMatch.Like)
    {
        if (OfficialIds.Count > 0)
        {
            var officials = OfficialIds.Select(id => (int?)id).ToList();
            statements = statements.Where(s => officials.Contains(s.OfficialId));
        }

        if (Organisations.Count > 0)
        {
            var organisations = Organisations.Select(o => o.ToLowerInvariant()).ToList();
            statements = statements.Where(s => organisations.Contains(s.Organisation.ToLower()));
        }

        if (From is { } from)
        {
            statements = statements.Where(s => s.StatedOn >= from);
        }

        if (To is { } to)
        {
            statements = statements.Where(s => s.StatedOn <= to);
        }

        if (Aggregate is { } aggregate)
        {
            statements = statements.Where(s => s.IsAggregate == aggregate);
        }

        if (Text is { } text)
        {
            var pattern = "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
                .Replace("_", @"\_", StringComparison.Ordinal) + "%";
            statements = textMatch == TextMatch.ILike
                ? statements.Where(s => EF.Functions.ILike(s.Quote, pattern, @"\"))
                : statements.Where(s => EF.Functions.Like(s.Quote, pattern, @"\"));
        }

        if (UpdatedSince is { } since)
        {
            statements = statements.Where(s => s.UpdatedAt >= since);
        }

        return statements.NewestFirst();
    }
#pragma warning restore CA1304, CA1308, CA1311, CA1862
}
