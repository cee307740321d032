namespace MissileTracker.Web.AirForce;

/// <summary>Writes a read CSV row's cells into a stored row: the one place the columns map to the entity.</summary>
public static class AirForceRows
{
    public static void CopyContent(AirForceCsv.Row from, AirForceLabels.Reading reading, AirForceReportRow to)
    {
        to.Label = from.Label;
        // Lists are replaced only when their items differ, so an unchanged row stays unmodified.
        SetList(to.WeaponCodes, reading.Codes, v => to.WeaponCodes = v);
        SetList(to.UnknownLabelParts, reading.UnknownParts, v => to.UnknownLabelParts = v);
        to.LabelMatch = reading.Match;
        to.NorthKorean = reading.NorthKorean;
        to.Launched = from.Launched;
        to.Destroyed = from.Destroyed;
        to.NotReachedTarget = from.NotReachedTarget;
        to.StillAttacking = from.StillAttacking;
        to.BorderCrossing = from.BorderCrossing;
        to.IsShahed = from.IsShahed;
        to.HitLocations = from.HitLocations;
        to.FallenFragmentLocations = from.FallenFragmentLocations;
        to.Carrier = from.Carrier;
        to.Turbojet = from.Turbojet;
        to.TurbojetDestroyed = from.TurbojetDestroyed;
        to.LaunchPlace = from.LaunchPlace;
        SetList(to.LaunchPlaces, AirForceCsv.SplitAnd(from.LaunchPlace), v => to.LaunchPlaces = v);
        to.Target = from.Target;
        var targets = AirForceCsv.SplitAnd(from.Target);
        SetList(to.Targets, targets, v => to.Targets = v);
        var oblasts = AirForceCsv.OblastsOf(targets);
        SetList(to.TargetOblasts, oblasts, v => to.TargetOblasts = v);
        to.TargetOblastKeys = oblasts.Count == 0 ? "" : "|" + string.Join("|", oblasts) + "|";
        to.TargetsUkraine = AirForceCsv.NamesUkraine(targets);
        to.TargetMain = from.TargetMain;
        to.AffectedRegion = from.AffectedRegion;
        to.DestroyedDetails = from.DestroyedDetails;
        to.LaunchedDetails = from.LaunchedDetails;
        to.LaunchPlaceDetails = from.LaunchPlaceDetails;
    }

    private static void SetList(List<string> current, IReadOnlyList<string> value, Action<List<string>> set)
    {
        if (!current.SequenceEqual(value, StringComparer.Ordinal))
        {
            set([.. value]);
        }
    }
}
