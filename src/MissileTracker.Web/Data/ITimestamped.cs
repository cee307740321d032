namespace MissileTracker.Web.Data;

/// <summary>An entity whose creation and last-change times (UTC) the context maintains.</summary>
public interface ITimestamped
{
    DateTime CreatedAt { get; set; }
    DateTime UpdatedAt { get; set; }
}
