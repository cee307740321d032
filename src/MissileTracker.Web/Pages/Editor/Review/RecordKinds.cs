using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Pages.Editor.Review;

/// <summary>
/// A record kind as the review routes and outcomes name it (<c>Strike</c>, <c>EvidenceRecord</c> …), in the page's
/// language for the messages reviewers read; the kind itself stays the route's and the history's code.
/// </summary>
public static class RecordKinds
{
    public static string Name(string kind) => kind switch
    {
        "Strike" => Text.Of("Strike"),
        "Report" => Text.Of("Report"),
        "Statement" => Text.Of("Statement"),
        "Place" => Text.Of("Place"),
        "EvidenceRecord" => Text.Of("Evidence record"),
        _ => kind,
    };
}
