using Microsoft.AspNetCore.Mvc;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>The CSV export's query string: the export's filters and sort, and how formula-like cells are written.</summary>
public sealed class StrikeCsvParameters : StrikeExportParameters
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
    [FromQuery(Name = "escapeFormulas"), BooleanValue(EscapeFormulasByDefault)]
    public string? EscapeFormulas { get; set; }

    public bool ParseEscapeFormulas(QueryStringParser errors) => errors.Boolean("escapeFormulas", EscapeFormulas) ?? EscapeFormulasByDefault;
}
