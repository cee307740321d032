using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data;
using MissileTracker.Web.History;
using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Pages.Statements;

/// <summary>A statement's (or aggregate claim's) public history, as strikes show theirs.</summary>
public sealed class HistoryModel(TrackerDbContext db) : PageModel
{
    public StatementDto Statement { get; private set; } = null!;

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await StatementsApi.LoadAsync(db, id, User.IsStaff(), ct) is not { } statement)
        {
            return NotFound();
        }

        Statement = statement;
        History = await db.HistoryOfAsync(nameof(MissileTracker.Web.Statements.Statement), id, User.IsStaff(), ct);
        return Page();
    }
}
