namespace MissileTracker.Web.Weapons;

/// <summary>
/// Whether two sources' weapon types can both be true. The one place the "sources differ" rule lives:
/// a source that names no type agrees with any; otherwise the two sets agree when they share a
/// catalogue type after a family or an ambiguous label is expanded to what it covers
/// (<see cref="WeaponCatalog.Covers"/>): "KN-23" and "KN-23 or KN-24" agree, "KN-23" and "drone",
/// or "S-300" and "KN-23", conflict.
/// </summary>
public static class WeaponAgreement
{
    public static bool Agree(IReadOnlyCollection<string> codes, IReadOnlyCollection<string> otherCodes)
    {
        if (codes.Count == 0 || otherCodes.Count == 0)
        {
            return true;
        }

        return Expand(codes).Overlaps(Expand(otherCodes));
    }

    /// <summary>True when some pair of the given sets conflicts.</summary>
    public static bool AnyConflict(IReadOnlyList<IReadOnlyCollection<string>> sets)
    {
        for (var i = 0; i < sets.Count; i++)
        {
            for (var j = i + 1; j < sets.Count; j++)
            {
                if (!Agree(sets[i], sets[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The codes with everything their families and ambiguous labels cover, transitively.</summary>
    public static HashSet<string> Expand(IEnumerable<string> codes)
    {
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(codes);
        while (pending.TryPop(out var code))
        {
            if (expanded.Add(code) && WeaponCatalog.Covers.TryGetValue(code, out var covered))
            {
                foreach (var member in covered)
                {
                    pending.Push(member);
                }
            }
        }

        return expanded;
    }
}
