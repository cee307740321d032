using MissileTracker.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Editing;
using MissileTracker.Web.History;
using MissileTracker.Web.Localization;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Pages.Shared;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Pages.Editor.Statements;

/// <summary>
/// Enter or edit a statement: who (an existing official, or a new one with a near-duplicate
/// warning), when, the quote, and the figures it gives for each strike the report covers.
/// </summary>
public sealed class EditModel(TrackerDbContext db, WeaponList weaponList, StatementEditor statements, OfficialEditor officials) : PageModel
{
    public const string NewOfficialChoice = "new";

    [BindProperty]
    public StatementInput Input { get; set; } = new();

    /// <summary>An official's id, or "new" to add <see cref="NewOfficial"/>.</summary>
    [BindProperty]
    public string? OfficialChoice { get; set; }

    [BindProperty]
    public OfficialInput NewOfficial { get; set; } = new();

    /// <summary>Set once the editor has seen the near-duplicate warning and still wants a new official.</summary>
    [BindProperty]
    public bool ConfirmNewOfficial { get; set; }

    [BindProperty]
    public List<StrikeRow> Rows { get; set; } = [];

    /// <summary>Ticked when the statement has no published report; then <see cref="StatementInput.NoReportReason"/> says why.</summary>
    [BindProperty]
    public bool NoPublishedReport { get; set; }

    public sealed class StrikeRow
    {
        public bool Selected { get; set; }
        public StatementStrikeInput Figures { get; set; } = new();
    }

    public Statement? Statement { get; private set; }
    public Web.Reports.Report? FromReport { get; private set; }
    public IReadOnlyList<Official> Officials { get; private set; } = [];
    public IReadOnlyDictionary<int, string> StrikeNames { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<WeaponDto> Weapons { get; private set; } = [];
    /// <summary>The reports an editor can name as the statement's own, newest first.</summary>
    public IReadOnlyList<ReportChoice> ReportChoices { get; private set; } = [];

    public sealed record ReportChoice(int Id, string Text);

    public IReadOnlyList<OfficialRef> SimilarOfficials { get; private set; } = [];
    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];
    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, int? reportId, CancellationToken ct)
    {
        if (!await LoadAsync(id, reportId, ct))
        {
            return NotFound();
        }

        if (Statement is { } s)
        {
            Input = new StatementInput
            {
                Organisation = s.Organisation, StatedOn = s.StatedOn, StatedAt = s.StatedAt, StatedOnNote = s.StatedOnNote, IsPreliminary = s.IsPreliminary, Quote = s.Quote, QuoteKind = s.QuoteKind,
                ReportIds = s.Reports.Select(r => r.ReportId).ToList(), NoReportReason = s.NoReportReason, IsAggregate = s.IsAggregate,
                Figures = s.Figures.OrderBy(f => f.Position).Select(ClaimFigureInput.From).ToList(),
                Regions = s.Regions.OrderBy(r => r.Position).Select(ClaimRegionInput.From).ToList(),
                PeriodStart = s.PeriodStart, PeriodEnd = s.PeriodEnd, PeriodAsOf = s.PeriodAsOf, PeriodNote = s.PeriodNote, Version = s.Version,
            };
            NoPublishedReport = s.NoReportReason is not null;
            OfficialChoice = s.OfficialId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            // Not the report the editor came from: a statement can come from another article or a briefing
            // with no article, so the editor names its own report(s) (issue 13, item 6).
            Input.ReportIds = [];
        }

        Rows = StrikeNames.Keys.Select(strikeId =>
        {
            var link = Statement?.Strikes.FirstOrDefault(x => x.StrikeId == strikeId);
            return new StrikeRow
            {
                Selected = link is not null,
                Figures = link is null ? new StatementStrikeInput { StrikeId = strikeId } : new StatementStrikeInput
                {
                    StrikeId = strikeId, WeaponLabel = link.WeaponLabel, MissileTypes = link.WeaponCodes.ToList(), OriginClaim = link.OriginClaim,
                    MissileCount = link.MissileCount, MissileCountQualifier = link.MissileCountQualifier, MissileCountHigh = link.MissileCountHigh, MissileCountWords = link.MissileCountWords,
                    MissilesIntercepted = link.MissilesIntercepted, MissilesInterceptedQualifier = link.MissilesInterceptedQualifier,
                    MissilesInterceptedHigh = link.MissilesInterceptedHigh, MissilesInterceptedWords = link.MissilesInterceptedWords,
                    Killed = link.Killed, KilledQualifier = link.KilledQualifier, KilledHigh = link.KilledHigh, KilledWords = link.KilledWords,
                    Injured = link.Injured, InjuredQualifier = link.InjuredQualifier, InjuredHigh = link.InjuredHigh, InjuredWords = link.InjuredWords,
                    DateAsReported = link.DateAsReported, LocationAsReported = link.LocationAsReported,
                },
            };
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? reportId, CancellationToken ct)
    {
        if (!await LoadAsync(id, reportId, ct))
        {
            return NotFound();
        }

        var creatingOfficial = OfficialChoice == NewOfficialChoice;
        if (!creatingOfficial)
        {
            // The new-official fields are ignored unless "new" is chosen.
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith("NewOfficial.", StringComparison.Ordinal)).ToList())
            {
                ModelState.Remove(key);
            }
        }

        Input.OfficialId = int.TryParse(OfficialChoice, out var officialId) ? officialId : null;
        Input.Strikes = Rows.Where(r => r.Selected).Select(r => r.Figures).ToList();
        Input.ReportIds ??= [];
        // The form always offers one empty figure row and one empty region row: they are not part of the claim.
        Input.Figures = (Input.Figures ?? []).Where(f => !IsBlank(f)).ToList();
        Input.Regions = (Input.Regions ?? []).Where(r => !string.IsNullOrWhiteSpace(r.NameAsSaid) || r.Oblast is not null || r.Count is not null).ToList();
        var reasonMissing = NoPublishedReport && string.IsNullOrWhiteSpace(Input.NoReportReason);
        if (!NoPublishedReport)
        {
            Input.NoReportReason = null;
        }
        if (creatingOfficial && string.IsNullOrWhiteSpace(Input.Organisation))
        {
            Input.Organisation = NewOfficial.Organisation;
        }

        // The form's official and strike rows are only now part of the input: validate it again.
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        TryValidateModel(Input, nameof(Input));
        if (reasonMissing)
        {
            ModelState.Remove("Input.ReportIds");
            ModelState.AddModelError("Input.NoReportReason", Text.Of("Say why there is no published report (e.g. a briefing no article reported)."));
        }

        if (!ModelState.IsValid)
        {
            ModelState.AddAllInputErrors(Input, HttpContext.RequestServices);
            ShowRowErrors();
            return Page();
        }

        var user = EditingUser.From(User, Input.Reason);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (creatingOfficial)
        {
            SimilarOfficials = await officials.SimilarAsync(NewOfficial.Name, ct);
            if (SimilarOfficials.Count > 0 && !ConfirmNewOfficial)
            {
                ModelState.AddModelError("NewOfficial.Name", Text.Format(
                    "Officials with a similar name are already stored: {0}. Choose one of them above, or tick the box to add a new official anyway.",
                    string.Join(", ", SimilarOfficials.Select(o => o.Name))));
                return Page();
            }

            switch (await officials.CreateAsync(NewOfficial, user, ct))
            {
                case EditResult<Official>.Done done:
                    Input.OfficialId = done.Value.Id;
                    break;
                case EditResult<Official>.Invalid invalid:
                    ModelState.AddEditErrors(invalid.Errors, "NewOfficial");
                    return Page();
            }
        }

        var result = Statement is null ? await statements.CreateAsync(Input, user, ct) : await statements.UpdateAsync(Statement.Id, Input, user, ct);
        switch (result)
        {
            case EditResult<Statement>.Done done:
                await transaction.CommitAsync(ct);
                TempData["Message"] = Statement is null ? Text.Of("Statement saved as a draft.") : Text.Of("Statement saved.");
                return FromReport is not null
                    ? RedirectToPage("/Editor/Reports/Edit", new { id = FromReport.Id })
                    : RedirectToPage(new { id = done.Value.Id });
            case EditResult<Statement>.Invalid invalid:
                ModelState.AddEditErrors(invalid.Errors);
                ShowRowErrors();
                break;
            case EditResult<Statement>.Forbidden forbidden:
                ModelState.AddModelError(string.Empty, forbidden.Detail);
                break;
            case EditResult<Statement>.Conflict conflict:
                Conflict = conflict.Detail;
                ModelState.Remove("Input.Version");
                Input.Version = conflict.CurrentVersion;
                break;
            default:
                return NotFound();
        }

        // Nothing of a failed save stays: not even a new official created for it.
        await transaction.RollbackAsync(ct);
        if (creatingOfficial)
        {
            Input.OfficialId = null;
        }

        return Page();
    }

    private static bool IsBlank(ClaimFigureInput f) =>
        f.Kind is null && f.Value is null && f.High is null && f.Qualifier == FigureQualifier.Exact
        && new[] { f.Words, f.Unit, f.WeaponLabel, f.Note }.All(string.IsNullOrWhiteSpace);

    private async Task<bool> LoadAsync(int? id, int? reportId, CancellationToken ct)
    {
        Officials = await db.Officials.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        Weapons = await weaponList.AllAsync(ct);
        var reports = await db.Reports.StaffView().AsNoTracking()
            .OrderByDescending(r => r.PublishedOn).ThenByDescending(r => r.Id)
            .Select(r => new { r.Id, r.Title, r.Outlet, r.PublishedOn }).ToListAsync(ct);
        ReportChoices = reports.Select(r => new ReportChoice(r.Id, $"{r.Title} — {r.Outlet}, {Labels.Date(r.PublishedOn)}")).ToList();
        if (reportId is { } rid)
        {
            FromReport = await db.Reports.StaffView().AsNoTracking().SingleOrDefaultAsync(r => r.Id == rid, ct);
            if (FromReport is null)
            {
                return false;
            }
        }

        if (id is { } statementId)
        {
            Statement = await db.Statements.StaffView().AsNoTracking()
                .Include(s => s.Strikes).ThenInclude(x => x.WeaponTypes).ThenInclude(x => x.Weapon)
                .Include(s => s.Reports)
                .Include(s => s.Figures)
                .Include(s => s.Regions)
                .SingleOrDefaultAsync(s => s.Id == statementId, ct);
            if (Statement is null)
            {
                return false;
            }

            History = await db.HistoryOfAsync(nameof(Statement), statementId, staff: true, ct);
        }

        // The strikes offered: those covered by the statement's reports, plus those it already refers to.
        var reportIds = Statement?.Reports.Select(r => r.ReportId).ToList() ?? (FromReport is null ? [] : [FromReport.Id]);
        var linkedIds = Statement?.Strikes.Select(x => x.StrikeId).ToList() ?? [];
        var candidates = await db.Strikes.StaffView().AsNoTracking()
            .Where(s => (s.Reports.Any(r => reportIds.Contains(r.ReportId)) || linkedIds.Contains(s.Id)))
            .OrderByDescending(s => s.OccurredOn).ToListAsync(ct);
        StrikeNames = candidates.ToDictionary(s => s.Id, s => $"{s.Date}, {StrikeLocation.Of(s).Text}");
        return true;
    }

    /// <summary>
    /// The input numbers only the ticked strike rows (Input.Strikes[k]); the form shows every row (Rows[i].Figures):
    /// each figure's error is copied to the field the editor sees.
    /// </summary>
    private void ShowRowErrors()
    {
        var ticked = Rows.Select((row, index) => (row, index)).Where(x => x.row.Selected).Select(x => x.index).ToList();
        foreach (var (key, entry) in ModelState.Where(e => e.Key.StartsWith("Input.Strikes[", StringComparison.Ordinal)).ToList())
        {
            var close = key.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || !int.TryParse(key["Input.Strikes[".Length..close], out var k) || k >= ticked.Count || close + 2 > key.Length)
            {
                continue;
            }

            foreach (var error in entry!.Errors.ToList())
            {
                ModelState.AddModelError($"Rows[{ticked[k]}].Figures.{key[(close + 2)..]}", error.ErrorMessage);
            }
        }
    }
}
