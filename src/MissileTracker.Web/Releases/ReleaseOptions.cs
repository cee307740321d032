namespace MissileTracker.Web.Releases;

/// <summary>Configuration section <c>Releases</c>.</summary>
public sealed class ReleaseOptions
{
    public const string Section = "Releases";

    /// <summary>Where releases are written, relative to the content root unless absolute. Back it up with the database.</summary>
    public string Directory { get; set; } = "App_Data/releases";

    /// <summary>Who the suggested citation names as the dataset's author.</summary>
    public string Author { get; set; } = "MissileTracker contributors";

    /// <summary>The dataset's title in citations.</summary>
    public string Title { get; set; } = "MissileTracker: North Korean-made missiles used by Russia against Ukraine";
}
