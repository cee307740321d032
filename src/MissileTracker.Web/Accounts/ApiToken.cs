namespace MissileTracker.Web.Accounts;

/// <summary>
/// A per-user token for API writes. Only the SHA-256 hash of the secret is stored; the
/// secret is shown once, when created.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public TrackerUser User { get; set; } = null!;
    public required string Name { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token secret.</summary>
    public required string Hash { get; set; }

    /// <summary>The first characters of the secret, to tell tokens apart in lists.</summary>
    public required string Prefix { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
