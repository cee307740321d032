using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.AirForce;

/// <summary>
/// Reads an Air Force weapon label against the weapon catalogue: each part (parts are joined with " and ") is matched,
/// ignoring case, to a catalogue entry's code, name or other names (<see cref="Weapon.OtherNames"/>, where the Air
/// Force's spellings such as "Iskander-M/KN-23" are recorded). Nothing is resolved: an ambiguous label stays ambiguous.
/// </summary>
public static class AirForceLabels
{
    /// <summary>What a label names: catalogue codes, parts the catalogue lacks, how it matched, and what it says about North Korea.</summary>
    public sealed record Reading(IReadOnlyList<string> Codes, IReadOnlyList<string> UnknownParts, LabelMatch Match, NorthKoreanReading NorthKorean);

    private static readonly Dictionary<string, Weapon> ByName = BuildNames();

    private static readonly HashSet<string> NorthKoreanCodes = WeaponCatalog.All.Where(w => w.OriginCountry == "KP").Select(w => w.Code).ToHashSet(StringComparer.Ordinal);

    public static Reading Read(string label)
    {
        var parts = AirForceCsv.SplitAnd(label);
        var codes = new List<string>();
        var unknown = new List<string>();
        Weapon? single = null;
        foreach (var part in parts)
        {
            if (ByName.TryGetValue(part, out var weapon))
            {
                single = weapon;
                if (!codes.Contains(weapon.Code))
                {
                    codes.Add(weapon.Code);
                }
            }
            else
            {
                unknown.Add(part);
            }
        }

        var match = codes.Count == 0 ? LabelMatch.Unknown
            : parts.Count > 1 ? LabelMatch.Combined
            : single!.IsAmbiguous ? LabelMatch.Ambiguous
            : LabelMatch.Exact;
        return new Reading(codes, unknown, match, NorthKoreanOf(codes));
    }

    /// <summary>
    /// Confirmed when some code is a North Korean type itself; possible when some code only covers one (an ambiguous
    /// label, <see cref="WeaponCatalog.Covers"/>); otherwise none.
    /// </summary>
    public static NorthKoreanReading NorthKoreanOf(IReadOnlyCollection<string> codes) =>
        codes.Any(NorthKoreanCodes.Contains) ? NorthKoreanReading.Confirmed
        : WeaponAgreement.Expand(codes).Overlaps(NorthKoreanCodes) ? NorthKoreanReading.Possible
        : NorthKoreanReading.None;

    private static Dictionary<string, Weapon> BuildNames()
    {
        var names = new Dictionary<string, Weapon>(StringComparer.OrdinalIgnoreCase);
        foreach (var weapon in WeaponCatalog.All)
        {
            var other = (weapon.OtherNames ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in other.Prepend(weapon.Name).Prepend(weapon.Code))
            {
                names.TryAdd(name, weapon);
            }
        }

        return names;
    }
}
