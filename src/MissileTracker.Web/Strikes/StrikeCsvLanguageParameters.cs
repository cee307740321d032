using Microsoft.AspNetCore.Mvc.ModelBinding;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// The strike CSV's <c>lang</c>: the language of its human-label columns. Only strikes.csv has labels to translate
/// (the other CSVs hold codes and sources' own words), so it is a class of its own beside <see cref="StrikeCsvParameters"/>.
/// </summary>
public sealed class StrikeCsvLanguageParameters : QueryParameters
{
    /// <summary>
    /// The language of the human-label columns: en (default) or uk, which writes dateText, oblastName and
    /// missileTypeName in Ukrainian (as the /uk pages show them). Codes (oblast, missileType, the enums), numbers,
    /// dates and the editors' own text (settlement, district, summary) are the same in both.
    /// </summary>
    /// <example>uk</example>
    [ChoiceQuery("lang", typeof(ExportLanguage))]
    public string? Lang { get; set; }

    private ExportLanguage _language;

    /// <summary>The labels' language, once parsed.</summary>
    [BindNever]
    public ExportLanguage Language => _language;

    protected internal override void Parse(QueryStringParser parser) => _language = Read(parser).Choice<ExportLanguage>(nameof(Lang));
}
