using System.ComponentModel.DataAnnotations;
using System.Globalization;
using MissileTracker.Web.Editing;
using MissileTracker.Web.Localization;

namespace MissileTracker.Web.Statements;

/// <summary>A statement (claim) as an editor enters it: who, when, what, where published, and its figures.</summary>
public sealed class StatementInput : IValidatableObject
{
    /// <summary>The official who said it; omit for an organisation's statement with no named official.</summary>
    /// <example>4</example>
    [Display(Name = "Official")]
    public int? OfficialId { get; set; }

    /// <summary>On whose behalf it was said; defaults to the official's organisation.</summary>
    /// <example>National Police of Ukraine</example>
    [StringLength(200)]
    [Display(Name = "Organisation")]
    public string? Organisation { get; set; }

    /// <summary>When it was said (yyyy-MM-dd), if known.</summary>
    /// <example>2024-02-07</example>
    [Display(Name = "Date of the statement")]
    public DateOnly? StatedOn { get; set; }

    /// <summary>Kyiv local time it was said (HH:mm), when known; orders a day's statements.</summary>
    /// <example>14:30</example>
    [Display(Name = "Time of the statement (Kyiv)")]
    public TimeOnly? StatedAt { get; set; }

    /// <summary>How the date was established, or why it is unknown.</summary>
    [StringLength(500)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "How the date is known")]
    public string? StatedOnNote { get; set; }

    /// <summary>True when the source called it preliminary.</summary>
    [Display(Name = "The source calls it preliminary")]
    public bool IsPreliminary { get; set; }

    /// <summary>The words as published.</summary>
    /// <example>Two of the five missiles were preliminarily identified as KN-23 (Hwasong-11Ga).</example>
    [Required]
    [StringLength(4000, MinimumLength = 5)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Quote")]
    public string? Quote { get; set; }

    /// <summary>Direct or Paraphrase.</summary>
    /// <example>Paraphrase</example>
    [Display(Name = "Quote kind")]
    public QuoteKind QuoteKind { get; set; }

    /// <summary>Reports that published the statement: at least one, unless noReportReason says why there is none.</summary>
    /// <example>[5]</example>
    [Display(Name = "Reports")]
    public List<int>? ReportIds { get; set; }

    /// <summary>Why the statement names no published report (a briefing with no article, an early count known from elsewhere); give it instead of reportIds, never with them.</summary>
    /// <example>Said at a press briefing; no article published it.</example>
    [StringLength(500)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Why there is no published report")]
    public string? NoReportReason { get; set; }

    /// <summary>Strikes the statement refers to, with the figures it gives for each.</summary>
    [Display(Name = "Strikes")]
    public List<StatementStrikeInput>? Strikes { get; set; }

    /// <summary>True for an aggregate claim about many strikes or a period.</summary>
    [Display(Name = "Aggregate claim")]
    public bool IsAggregate { get; set; }

    /// <summary>An aggregate claim's figures, in the source's order (at least one for an aggregate claim; none otherwise).</summary>
    [Display(Name = "Figures")]
    public List<ClaimFigureInput>? Figures { get; set; }

    /// <summary>The regions an aggregate claim names, when the source names them.</summary>
    [Display(Name = "Regions")]
    public List<ClaimRegionInput>? Regions { get; set; }

    /// <summary>Start of the period the aggregate covers.</summary>
    [Display(Name = "Period start")]
    public DateOnly? PeriodStart { get; set; }

    /// <summary>End of the period the aggregate covers; omit it with a start for an open period ("since 30 Dec 2023").</summary>
    [Display(Name = "Period end")]
    public DateOnly? PeriodEnd { get; set; }

    /// <summary>The date the claim's figures stand at ("as of").</summary>
    /// <example>2024-02-07</example>
    [Display(Name = "As of")]
    public DateOnly? PeriodAsOf { get; set; }

    /// <summary>The period in the source's terms.</summary>
    [StringLength(500)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Period note")]
    public string? PeriodNote { get; set; }

    /// <summary>The version you edited; required on update.</summary>
    [Display(Name = "Version")]
    public int? Version { get; set; }

    /// <summary>Why you made the change (shown in the history).</summary>
    [StringLength(1000)]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var clock = validationContext.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        if (StatedOn is { } date && (date < InputRules.EarliestDate || date > InputRules.LatestDate(clock)))
        {
            yield return new(Text.Format("The date must be between {0} and today.", InputRules.EarliestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), [nameof(StatedOn)]);
        }

        if (OfficialId is null && string.IsNullOrWhiteSpace(Organisation))
        {
            yield return new(Text.Of("Say who made the statement: an official, an organisation, or both."), [nameof(Organisation)]);
        }

        if (!IsAggregate && (Strikes is null || Strikes.Count == 0))
        {
            yield return new(Text.Of("Link the statement to a strike, or mark it as an aggregate claim."), [nameof(Strikes)]);
        }

        var reportsNamed = ReportIds is { Count: > 0 };
        var noReport = !string.IsNullOrWhiteSpace(NoReportReason);
        if (!reportsNamed && !noReport)
        {
            yield return new(Text.Of("Name at least one report that published the statement, or say why there is no published report."), [nameof(ReportIds)]);
        }

        if (reportsNamed && noReport)
        {
            yield return new(Text.Of("The statement names reports: leave \"no published report\" empty, or remove the reports."), [nameof(NoReportReason)]);
        }

        if (IsAggregate && Figures is not { Count: > 0 })
        {
            yield return new(Text.Of("Give at least one figure of the aggregate claim (a figure may be words only, e.g. \"no count given\")."), [nameof(Figures)]);
        }

        if (!IsAggregate && (Figures is { Count: > 0 } || Regions is { Count: > 0 }))
        {
            yield return new(Text.Of("Figures and regions of their own belong to aggregate claims: mark the statement as one, or give the figures per strike."), [nameof(IsAggregate)]);
        }

        if (PeriodStart > PeriodEnd)
        {
            yield return new(Text.Of("The period ends before it starts."), [nameof(PeriodEnd)]);
        }

        if (Strikes is not null && Strikes.Select(s => s.StrikeId).Distinct().Count() != Strikes.Count)
        {
            yield return new(Text.Of("A strike is listed twice."), [nameof(Strikes)]);
        }

        foreach (var result in Nested(Strikes, nameof(Strikes), validationContext)
            .Concat(Nested(Figures, nameof(Figures), validationContext))
            .Concat(Nested(Regions, nameof(Regions), validationContext)))
        {
            yield return result;
        }
    }

    /// <summary>Each row's own rules, with its errors named by its place in the list ("figures[1].qualifier").</summary>
    private static IEnumerable<ValidationResult> Nested<T>(List<T>? rows, string listName, ValidationContext parent) where T : notnull
    {
        foreach (var (row, index) in (rows ?? []).Select((r, i) => (r, i)))
        {
            var results = new List<ValidationResult>();
            var context = new ValidationContext(row, parent, null);
            if (!Validator.TryValidateObject(row, context, results, validateAllProperties: true) && row is IValidatableObject validatable)
            {
                // As for the statement itself: cross-field rules run even when a field failed, so every problem is reported at once.
                results.AddRange(validatable.Validate(context));
            }

            foreach (var result in results)
            {
                yield return new(result.ErrorMessage, result.MemberNames.Select(m => $"{listName}[{index}].{m}"));
            }
        }
    }
}

/// <summary>The figures a statement gives for one strike.</summary>
public sealed class StatementStrikeInput : IValidatableObject
{
    /// <summary>The strike's id.</summary>
    /// <example>4</example>
    [Required]
    [Display(Name = "Strike")]
    public int? StrikeId { get; set; }

    /// <summary>The weapon as this source words it, verbatim.</summary>
    /// <example>KN-23 or KN-24</example>
    [StringLength(200)]
    [Display(Name = "Weapon as the source words it")]
    public string? WeaponLabel { get; set; }

    /// <summary>Codes from <c>GET /api/v1/weapons</c> the label stands for ("KN-23 or KN-24": ["kn-23", "kn-24"]); empty when the source names no type.</summary>
    /// <example>["kn-23"]</example>
    [Display(Name = "Catalogue types the label stands for")]
    public List<string>? MissileTypes { get; set; }

    /// <summary>Where this source says the weapon was made: NotStated, NorthKorea, Russia, Other or Denied.</summary>
    /// <example>NorthKorea</example>
    [Display(Name = "Origin this source claims")]
    public OriginClaim OriginClaim { get; set; }

    /// <summary>Missiles this source attributes to the strike.</summary>
    /// <example>2</example>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Missiles")]
    public int? MissileCount { get; set; }

    /// <summary>Exact, AtLeast, AtMost, About, MoreThan or Range (value is then the low end).</summary>
    [Display(Name = "Missiles: qualifier")]
    public FigureQualifier MissileCountQualifier { get; set; }

    /// <summary>The high end, for a Range only ("6–8": 8).</summary>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Missiles: high end of the range")]
    public int? MissileCountHigh { get; set; }

    /// <summary>The source's own words when they say more than the number ("several dozen", "2 of the 5").</summary>
    [StringLength(200)]
    [Display(Name = "Missiles: in the source's words")]
    public string? MissileCountWords { get; set; }


    /// <summary>Missiles intercepted, per this source.</summary>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Missiles intercepted")]
    public int? MissilesIntercepted { get; set; }

    /// <summary>Exact, AtLeast, AtMost, About, MoreThan or Range (value is then the low end).</summary>
    [Display(Name = "Missiles intercepted: qualifier")]
    public FigureQualifier MissilesInterceptedQualifier { get; set; }

    /// <summary>The high end, for a Range only ("6–8": 8).</summary>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Missiles intercepted: high end of the range")]
    public int? MissilesInterceptedHigh { get; set; }

    /// <summary>The source's own words when they say more than the number ("several dozen", "2 of the 5").</summary>
    [StringLength(200)]
    [Display(Name = "Missiles intercepted: in the source's words")]
    public string? MissilesInterceptedWords { get; set; }

    /// <summary>People killed, per this source.</summary>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Killed")]
    public int? Killed { get; set; }

    /// <summary>Exact, AtLeast, AtMost, About, MoreThan or Range (value is then the low end).</summary>
    [Display(Name = "Killed: qualifier")]
    public FigureQualifier KilledQualifier { get; set; }

    /// <summary>The high end, for a Range only ("6–8": 8).</summary>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Killed: high end of the range")]
    public int? KilledHigh { get; set; }

    /// <summary>The source's own words when they say more than the number ("several dozen", "2 of the 5").</summary>
    [StringLength(200)]
    [Display(Name = "Killed: in the source's words")]
    public string? KilledWords { get; set; }


    /// <summary>People injured, per this source.</summary>
    /// <example>3</example>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Injured")]
    public int? Injured { get; set; }

    /// <summary>Exact, AtLeast, AtMost, About, MoreThan or Range (value is then the low end).</summary>
    [Display(Name = "Injured: qualifier")]
    public FigureQualifier InjuredQualifier { get; set; }

    /// <summary>The high end, for a Range only ("6–8": 8).</summary>
    [Range(0, InputRules.MaxCount)]
    [Display(Name = "Injured: high end of the range")]
    public int? InjuredHigh { get; set; }

    /// <summary>The source's own words when they say more than the number ("several dozen", "2 of the 5").</summary>
    [StringLength(200)]
    [Display(Name = "Injured: in the source's words")]
    public string? InjuredWords { get; set; }


    /// <summary>The date in the source's own words.</summary>
    /// <example>this morning</example>
    [StringLength(200)]
    [Display(Name = "Date as reported")]
    public string? DateAsReported { get; set; }

    /// <summary>The place in the source's own words.</summary>
    /// <example>Slobidskyi district of Kharkiv</example>
    [StringLength(200)]
    [Display(Name = "Location as reported")]
    public string? LocationAsReported { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MissilesIntercepted > MissileCount && MissileCountQualifier is FigureQualifier.Exact or FigureQualifier.AtMost)
        {
            yield return new(Text.Of("More missiles intercepted than counted."), [nameof(MissilesIntercepted)]);
        }

        foreach (var error in FigureRules.Check(MissileCount, MissileCountQualifier, MissileCountHigh, MissileCountWords, nameof(MissileCount))
            .Concat(FigureRules.Check(MissilesIntercepted, MissilesInterceptedQualifier, MissilesInterceptedHigh, MissilesInterceptedWords, nameof(MissilesIntercepted)))
            .Concat(FigureRules.Check(Killed, KilledQualifier, KilledHigh, KilledWords, nameof(Killed)))
            .Concat(FigureRules.Check(Injured, InjuredQualifier, InjuredHigh, InjuredWords, nameof(Injured))))
        {
            yield return error;
        }
    }
}
