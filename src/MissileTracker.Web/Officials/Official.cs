using MissileTracker.Web.Data;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Officials;

/// <summary>A person whose statements the tracker records.</summary>
public sealed class Official : ITimestamped, IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Other spellings seen in reporting, e.g. "Jeong Park" for Jung H. Pak.</summary>
    public string? OtherNames { get; set; }

    /// <summary>Title or role as reported, e.g. "NSC strategic communications coordinator".</summary>
    public required string Role { get; set; }

    public required string Organisation { get; set; }
    public required string Country { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<Statement> Statements { get; } = [];
}
