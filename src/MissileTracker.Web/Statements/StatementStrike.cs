using MissileTracker.Web.Strikes;

namespace MissileTracker.Web.Statements;

/// <summary>
/// What one statement claims about one strike: the weapon and the figures as that source gave them.
/// Every source keeps its own row, so differing figures are never merged or overwritten. Each
/// figure is stored flat (value, qualifier, high end, words) and read as a <see cref="Figure"/>.
/// </summary>
public sealed class StatementStrike
{
    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;
    public int StrikeId { get; set; }
    public Strike Strike { get; set; } = null!;

    /// <summary>The weapon as this source words it, verbatim: "KN-23 or KN-24", "drone", "S-300".</summary>
    public string? WeaponLabel { get; set; }

    /// <summary>The catalogue types the label stands for; empty when the source names no type.</summary>
    public List<StatementStrikeWeapon> WeaponTypes { get; } = [];

    /// <summary>Where this source says the weapon was made.</summary>
    public OriginClaim OriginClaim { get; set; }

    public int? MissileCount { get; set; }
    public FigureQualifier MissileCountQualifier { get; set; }
    public int? MissileCountHigh { get; set; }
    public string? MissileCountWords { get; set; }

    public int? MissilesIntercepted { get; set; }
    public FigureQualifier MissilesInterceptedQualifier { get; set; }
    public int? MissilesInterceptedHigh { get; set; }
    public string? MissilesInterceptedWords { get; set; }

    public int? Killed { get; set; }
    public FigureQualifier KilledQualifier { get; set; }
    public int? KilledHigh { get; set; }
    public string? KilledWords { get; set; }

    public int? Injured { get; set; }
    public FigureQualifier InjuredQualifier { get; set; }
    public int? InjuredHigh { get; set; }
    public string? InjuredWords { get; set; }

    /// <summary>The date in the source's own words, e.g. "on the 6th".</summary>
    public string? DateAsReported { get; set; }

    /// <summary>The place in the source's own words.</summary>
    public string? LocationAsReported { get; set; }

    public Figure MissileCountFigure
    {
        get => new(MissileCount, MissileCountQualifier, MissileCountHigh, MissileCountWords);
        set => (MissileCount, MissileCountQualifier, MissileCountHigh, MissileCountWords) = (value.Value, value.Qualifier, value.High, value.Words);
    }

    public Figure MissilesInterceptedFigure
    {
        get => new(MissilesIntercepted, MissilesInterceptedQualifier, MissilesInterceptedHigh, MissilesInterceptedWords);
        set => (MissilesIntercepted, MissilesInterceptedQualifier, MissilesInterceptedHigh, MissilesInterceptedWords) = (value.Value, value.Qualifier, value.High, value.Words);
    }

    public Figure KilledFigure
    {
        get => new(Killed, KilledQualifier, KilledHigh, KilledWords);
        set => (Killed, KilledQualifier, KilledHigh, KilledWords) = (value.Value, value.Qualifier, value.High, value.Words);
    }

    public Figure InjuredFigure
    {
        get => new(Injured, InjuredQualifier, InjuredHigh, InjuredWords);
        set => (Injured, InjuredQualifier, InjuredHigh, InjuredWords) = (value.Value, value.Qualifier, value.High, value.Words);
    }

    /// <summary>The catalogue codes of <see cref="WeaponTypes"/> (loaded with their weapons).</summary>
    public IReadOnlyList<string> WeaponCodes => WeaponTypes.Select(w => w.Weapon.Code).Order(StringComparer.Ordinal).ToList();
}
