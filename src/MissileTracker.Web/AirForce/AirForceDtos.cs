namespace MissileTracker.Web.AirForce;

/// <summary>The post a row comes from.</summary>
/// <param name="Account">The publishing account, e.g. kpszsu.</param>
/// <param name="SourcePath">The dataset's source cell verbatim (a post path without host).</param>
/// <param name="Url">The post's https address, built from the path.</param>
public sealed record AirForcePost(string Account, string SourcePath, string Url);

/// <summary>The reporting window, in Kyiv local time; times are null when the dataset gives only dates.</summary>
/// <param name="Start">First day.</param>
/// <param name="StartTime">Start time, when given.</param>
/// <param name="End">Last day (the next day for an overnight window).</param>
/// <param name="EndTime">End time, when given.</param>
/// <param name="Text">The window as the dataset writes it, e.g. "2024-01-01 22:00/2024-01-02 08:00".</param>
/// <param name="TimeZone">Always "Europe/Kyiv".</param>
public sealed record AirForceWindow(DateOnly Start, TimeOnly? StartTime, DateOnly End, TimeOnly? EndTime, string Text, string TimeZone)
{
    public static AirForceWindow Of(AirForceReport r) =>
        new(r.StartsOn, r.StartTime, r.EndsOn, r.EndTime, AirForceCsv.WindowText(r.StartsOn, r.StartTime, r.EndsOn, r.EndTime), "Europe/Kyiv");
}

/// <summary>One Air Force report row: what one post said about one weapon label in its window, across the whole country.</summary>
/// <param name="Id">The row's id.</param>
/// <param name="ContentKey">SHA-256 of post, window, label, launch place and target: the row's stable identity across imports.</param>
/// <param name="Label">The weapon label verbatim.</param>
/// <param name="WeaponCodes">Catalogue types the label names (see GET /api/v1/weapons).</param>
/// <param name="UnknownLabelParts">Parts of the label the catalogue does not know.</param>
/// <param name="LabelMatch">Exact, Ambiguous (one label naming several possible systems), Combined (several weapons, counted together) or Unknown.</param>
/// <param name="NorthKorean">Confirmed (the label names a North Korean type), Possible (an ambiguous label) or None.</param>
/// <param name="Launched">Launched, as reported; null when not given.</param>
/// <param name="Destroyed">Destroyed, as reported; null when not given.</param>
/// <param name="NotReachedTarget">Did not reach their targets (not_reach_goal).</param>
/// <param name="StillAttacking">Still in the air when the post was written (still_attacking).</param>
/// <param name="BorderCrossing">Crossed the border (border_crossing).</param>
/// <param name="IsShahed">The dataset's is_shahed flag.</param>
/// <param name="HitLocations">Locations hit (num_hit_location).</param>
/// <param name="FallenFragmentLocations">Locations where fragments fell (num_fall_fragment_location).</param>
/// <param name="Carrier">The launching aircraft or ship, as written.</param>
/// <param name="Turbojet">Jet-powered drones (turbojet).</param>
/// <param name="TurbojetDestroyed">Jet-powered drones destroyed (turbojet_destroyed).</param>
/// <param name="LaunchPlace">The launch_place cell verbatim.</param>
/// <param name="LaunchPlaces">The launch places, split on " and ".</param>
/// <param name="Target">The target cell verbatim.</param>
/// <param name="Targets">The targets, split on " and ".</param>
/// <param name="TargetOblasts">Oblasts (as in the strikes' oblast filter) the targets name.</param>
/// <param name="TargetMain">The target_main cell verbatim.</param>
/// <param name="AffectedRegion">The "affected region" cell verbatim.</param>
/// <param name="DestroyedDetails">destroyed_details verbatim (Python-dict-like text).</param>
/// <param name="LaunchedDetails">launched_details verbatim.</param>
/// <param name="LaunchPlaceDetails">launch_place_details verbatim.</param>
/// <param name="Post">The post.</param>
/// <param name="Window">The reporting window.</param>
/// <param name="VanishedAt">When an import found the row gone from the dataset (UTC); null while the dataset holds it.</param>
/// <param name="LinkedStrikes">Published strikes an editor confirmed this row reports on.</param>
public sealed record AirForceRowDto(
    int Id, string ContentKey, string Label, IReadOnlyList<string> WeaponCodes, IReadOnlyList<string> UnknownLabelParts, LabelMatch LabelMatch,
    NorthKoreanReading NorthKorean, int? Launched, int? Destroyed, int? NotReachedTarget, int? StillAttacking, int? BorderCrossing, bool? IsShahed,
    int? HitLocations, int? FallenFragmentLocations, string? Carrier, int? Turbojet, int? TurbojetDestroyed,
    string? LaunchPlace, IReadOnlyList<string> LaunchPlaces, string? Target, IReadOnlyList<string> Targets, IReadOnlyList<string> TargetOblasts,
    string? TargetMain, string? AffectedRegion, string? DestroyedDetails, string? LaunchedDetails, string? LaunchPlaceDetails,
    AirForcePost Post, AirForceWindow Window, DateTime? VanishedAt, IReadOnlyList<int> LinkedStrikes)
{
    public static AirForceRowDto From(AirForceReportRow r, IReadOnlyList<int> linkedStrikes) => new(
        r.Id, r.ContentKey, r.Label, r.WeaponCodes, r.UnknownLabelParts, r.LabelMatch, r.NorthKorean, r.Launched, r.Destroyed, r.NotReachedTarget,
        r.StillAttacking, r.BorderCrossing, r.IsShahed, r.HitLocations, r.FallenFragmentLocations, r.Carrier, r.Turbojet, r.TurbojetDestroyed,
        r.LaunchPlace, r.LaunchPlaces, r.Target, r.Targets, r.TargetOblasts, r.TargetMain, r.AffectedRegion, r.DestroyedDetails, r.LaunchedDetails,
        r.LaunchPlaceDetails, new AirForcePost(r.Report.Account, r.Report.SourcePath, r.Report.PostUrl), AirForceWindow.Of(r.Report), r.VanishedAt, linkedStrikes);
}

/// <summary>An Air Force row an editor confirmed as reporting on a strike: the Air Force's own country-wide figures for its window, with the post.</summary>
/// <param name="RowId">The row's id (GET /api/v1/airforce/reports).</param>
/// <param name="Label">The weapon label verbatim.</param>
/// <param name="NorthKorean">Confirmed, Possible or None, from the label.</param>
/// <param name="Launched">Launched across the whole window and country, as the Air Force reported.</param>
/// <param name="Destroyed">Destroyed, as the Air Force reported.</param>
/// <param name="LaunchPlace">Where they were launched from, verbatim.</param>
/// <param name="Target">The target cell verbatim.</param>
/// <param name="Window">The reporting window.</param>
/// <param name="Post">The post, with its link.</param>
/// <param name="Vanished">True when the dataset no longer holds the row.</param>
public sealed record AirForceStrikeReport(
    int RowId, string Label, NorthKoreanReading NorthKorean, int? Launched, int? Destroyed, string? LaunchPlace, string? Target,
    AirForceWindow Window, AirForcePost Post, bool Vanished)
{
    public static AirForceStrikeReport From(AirForceReportRow r) => new(
        r.Id, r.Label, r.NorthKorean, r.Launched, r.Destroyed, r.LaunchPlace, r.Target, AirForceWindow.Of(r.Report),
        new AirForcePost(r.Report.Account, r.Report.SourcePath, r.Report.PostUrl), r.VanishedAt is not null);
}

/// <summary>One month of the timeline: Air Force launches by what their labels say, beside the tracker's strikes. Never summed.</summary>
/// <param name="Month">The month (yyyy-MM), by the window's first day.</param>
/// <param name="ConfirmedLaunched">Launches under labels naming a North Korean type.</param>
/// <param name="PossibleLaunched">Launches under ambiguous labels (e.g. "Iskander-M/KN-23"), possibly North Korean.</param>
/// <param name="ConfirmedRows">Rows with a confirmed label (a row without a launch count counts here but adds nothing above).</param>
/// <param name="PossibleRows">Rows with an ambiguous label.</param>
/// <param name="Strikes">Published strikes the tracker records in the month.</param>
public sealed record AirForceMonth(string Month, int ConfirmedLaunched, int PossibleLaunched, int ConfirmedRows, int PossibleRows, int Strikes);
