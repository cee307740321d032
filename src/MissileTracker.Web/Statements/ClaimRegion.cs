using MissileTracker.Web.Geography;

namespace MissileTracker.Web.Statements;

/// <summary>A region an aggregate claim names, as the source names it ("Kyiv", "Kharkiv region").</summary>
public sealed class ClaimRegion
{
    public int Id { get; set; }
    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;

    /// <summary>Order within the claim, from 0.</summary>
    public int Position { get; set; }

    /// <summary>The name as the source says it.</summary>
    public required string NameAsSaid { get; set; }

    /// <summary>The oblast it maps to, when it maps to one.</summary>
    public Oblast? Oblast { get; set; }

    /// <summary>How many times the source counts it ("Kyiv ×3"), when it says.</summary>
    public int? Count { get; set; }
}
