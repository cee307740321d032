using MissileTracker.Web.Data;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// One strike event. The figures here are the tracker's consolidated values; what each
/// source said is kept separately in <see cref="StatementStrike"/> so that conflicting
/// claims sit side by side.
/// </summary>
public sealed class Strike : ITimestamped, IPublishable, IVersioned
{
    /// <summary>Public id: assigned once, never reused (SQLite AUTOINCREMENT), unchanged by edits.</summary>
    public int Id { get; set; }

    /// <summary>The date the strike happened, or its window's first day (Kyiv local date, as the reporting gives it).</summary>
    public DateOnly OccurredOn { get; set; }
    public DatePrecision DatePrecision { get; set; }

    /// <summary>Local (Kyiv) time of day, when reported; for a window, its start time.</summary>
    public TimeOnly? TimeOfDay { get; set; }

    /// <summary>The window's last day (Kyiv local date): the morning after a night attack, the end of a week or reporting window; null for a single day.</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>The window's end time (Kyiv local time), when reported.</summary>
    public TimeOnly? EndTime { get; set; }

    /// <summary>How the date was established, e.g. "the 6th" in a briefing on 9 Jan 2024.</summary>
    public string? DateNote { get; set; }

    public string? Settlement { get; set; }
    public string? District { get; set; }
    public Oblast? Oblast { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public LocationPrecision LocationPrecision { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the attributed producer country ("KP" for North Korea).</summary>
    public string OriginCountry { get; set; } = "KP";
    public OriginStatus OriginStatus { get; set; }

    public int WeaponId { get; set; }
    public Weapon Weapon { get; set; } = null!;

    // The consolidated figures, each stored flat (value, qualifier, high end, words) and read as a Figure.
    public int? MissilesLaunched { get; set; }
    public FigureQualifier MissilesLaunchedQualifier { get; set; }
    public int? MissilesLaunchedHigh { get; set; }
    public string? MissilesLaunchedWords { get; set; }

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

    public string Summary { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public PublicationStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime? UnpublishedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
    public int Version { get; set; }

    /// <summary>Set when a reviewer merged this strike into another (the survivor): this one is then a tombstone whose id answers 301 to it.</summary>
    public int? MergedIntoId { get; set; }

    public List<StrikeReport> Reports { get; } = [];
    public List<StatementStrike> Statements { get; } = [];

    /// <summary>The places the strike is recorded at (the first is <see cref="Settlement"/>'s), each with its precision.</summary>
    public List<StrikePlace> Places { get; } = [];

    public StrikeDate Date => new(OccurredOn, DatePrecision, EndsOn, TimeOfDay, EndTime);

    public Figure MissilesLaunchedFigure
    {
        get => new(MissilesLaunched, MissilesLaunchedQualifier, MissilesLaunchedHigh, MissilesLaunchedWords);
        set => (MissilesLaunched, MissilesLaunchedQualifier, MissilesLaunchedHigh, MissilesLaunchedWords) = (value.Value, value.Qualifier, value.High, value.Words);
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
}
