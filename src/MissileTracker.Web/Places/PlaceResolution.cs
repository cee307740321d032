namespace MissileTracker.Web.Places;

/// <summary>What a name (and optionally an oblast and district) resolves to: never a guess.</summary>
public abstract record PlaceResolution
{
    private PlaceResolution()
    {
    }

    /// <summary>Exactly one place has the name in the given oblast (and district).</summary>
    public sealed record Found(PlaceCandidate Place) : PlaceResolution;

    /// <summary>Several places have the name: the caller must choose (e.g. by oblast).</summary>
    public sealed record Ambiguous(IReadOnlyList<PlaceCandidate> Candidates) : PlaceResolution;

    /// <summary>No place has the name where asked.</summary>
    public sealed record Unknown : PlaceResolution;
}
