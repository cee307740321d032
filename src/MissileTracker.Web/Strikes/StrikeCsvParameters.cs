using Microsoft.AspNetCore.Mvc.ModelBinding;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>The CSV export's own query parameter: how formula-like cells are written. The order (<see cref="StrikeExportParameters"/>) and the filters come beside it.</summary>
public sealed class StrikeCsvParameters : QueryParameters
{
    /// <summary>Spreadsheets must not run what an editor or an import typed (OWASP's CSV injection advice), unless asked.</summary>
    public const bool EscapeFormulasByDefault = true;

    /// <summary>
    /// true (default): a text cell starting with =, +, -, @, a tab or a carriage return is written with a leading
    /// apostrophe (') so that spreadsheet software shows it as text instead of evaluating it as a formula; numeric
    /// columns (id, latitude, longitude, the counts) are never changed, so a negative number stays a number.
    /// false: every cell exactly as stored, for programs that read the CSV as data.
    /// </summary>
    /// <example>false</example>
    [BooleanQuery("escapeFormulas", EscapeFormulasByDefault)]
    public string? EscapeFormulas { get; set; }

    private bool _escapesFormulas = EscapeFormulasByDefault;

    /// <summary>Whether formula-like cells are escaped, once parsed.</summary>
    [BindNever]
    public bool EscapesFormulas => _escapesFormulas;

    protected internal override void Parse(QueryStringParser parser) =>
        _escapesFormulas = Read(parser).Boolean(nameof(EscapeFormulas))!.Value;
}
