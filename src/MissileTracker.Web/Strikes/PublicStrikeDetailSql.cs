using Microsoft.EntityFrameworkCore.Metadata;
using MissileTracker.Web.AirForce;
using MissileTracker.Web.Data;
using MissileTracker.Web.History;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// The public detail's reads as one SQLite command of several SELECTs, each keyed by the strike's id (<c>$id</c>), in the
/// order <see cref="PublicStrikeDetails"/> reads their results, and the readers of their rows. The public's visibility rules
/// are written here in SQL, as the named query filters (<see cref="QueryFilters"/>) state them for EF Core: a record is
/// shown when published and not deleted, a link when both its ends are. The strike is checked first; every later SELECT
/// only runs for a visible strike, so the links check their other end. <c>PublicStrikeDetailTests</c> compares this
/// read's answer with EF Core's for drafts, deletions and links to either.
/// </summary>
internal sealed class PublicStrikeDetailSql(IModel model)
{
    public RowReader<Strike> Strikes { get; } = new(model);
    public RowReader<Weapon> Weapons { get; } = new(model);
    public RowReader<StatementStrike> StatementLinks { get; } = new(model);
    public RowReader<Statement> Statements { get; } = new(model);
    public RowReader<Official> Officials { get; } = new(model);
    public RowReader<StatementStrikeWeapon> WeaponSets { get; } = new(model);
    public RowReader<StrikeReport> ReportLinks { get; } = new(model);
    public RowReader<Report> Reports { get; } = new(model);
    public RowReader<StrikePlace> PlaceLinks { get; } = new(model);
    public RowReader<Place> Places { get; } = new(model);
    public RowReader<ChangeLogEntry> History { get; } = new(model);

    private const string Published = nameof(PublicationStatus.Published);

    internal static string Visible(string alias) => $"{alias}.\"Status\" = '{Published}' AND {alias}.\"DeletedAt\" IS NULL";

    // The strike's statements that the public sees: the links whose statement is visible.
    private static readonly string VisibleStatementIds =
        $"SELECT x.\"StatementId\" FROM \"StatementStrikes\" AS x INNER JOIN \"Statements\" AS st ON st.\"Id\" = x.\"StatementId\" WHERE x.\"StrikeId\" = $id AND {Visible("st")}";

    /// <summary>The command's text: one SELECT per result, in the order of <see cref="PublicStrikeDetails"/>.</summary>
    public string CommandText => string.Join(";\n", [
        // 0. The strike, if the public sees it.
        $"SELECT {Strikes.Select("s")} FROM \"Strikes\" AS s WHERE s.\"Id\" = $id AND {Visible("s")}",
        // 1. The weapons the strike and its statements' weapon sets name.
        $"SELECT {Weapons.Select("w")} FROM \"Weapons\" AS w WHERE w.\"Id\" IN (SELECT \"WeaponId\" FROM \"Strikes\" WHERE \"Id\" = $id) "
            + $"OR w.\"Id\" IN (SELECT sw.\"WeaponId\" FROM \"StatementStrikeWeapons\" AS sw WHERE sw.\"StrikeId\" = $id AND sw.\"StatementId\" IN ({VisibleStatementIds}))",
        // 2-4. The statement links, their statements and the statements' officials.
        $"SELECT {StatementLinks.Select("x")} FROM \"StatementStrikes\" AS x INNER JOIN \"Statements\" AS st ON st.\"Id\" = x.\"StatementId\" WHERE x.\"StrikeId\" = $id AND {Visible("st")}",
        $"SELECT {Statements.Select("st")} FROM \"Statements\" AS st WHERE st.\"Id\" IN ({VisibleStatementIds})",
        $"SELECT {Officials.Select("o")} FROM \"Officials\" AS o WHERE o.\"Id\" IN (SELECT st.\"OfficialId\" FROM \"Statements\" AS st WHERE st.\"Id\" IN ({VisibleStatementIds}))",
        // 5. The weapon sets of those links.
        $"SELECT {WeaponSets.Select("sw")} FROM \"StatementStrikeWeapons\" AS sw WHERE sw.\"StrikeId\" = $id AND sw.\"StatementId\" IN ({VisibleStatementIds})",
        // 6. The strike's report links to visible reports.
        $"SELECT {ReportLinks.Select("sr")} FROM \"StrikeReports\" AS sr INNER JOIN \"Reports\" AS r ON r.\"Id\" = sr.\"ReportId\" WHERE sr.\"StrikeId\" = $id AND {Visible("r")}",
        // 7. The visible reports the strike or its visible statements cite.
        $"SELECT {Reports.Select("r")} FROM \"Reports\" AS r WHERE {Visible("r")} AND (r.\"Id\" IN (SELECT \"ReportId\" FROM \"StrikeReports\" WHERE \"StrikeId\" = $id) "
            + $"OR r.\"Id\" IN (SELECT \"ReportId\" FROM \"StatementReports\" WHERE \"StatementId\" IN ({VisibleStatementIds})))",
        // 8. Which statement cites which visible report.
        $"SELECT sr.\"StatementId\", sr.\"ReportId\" FROM \"StatementReports\" AS sr INNER JOIN \"Reports\" AS r ON r.\"Id\" = sr.\"ReportId\" "
            + $"WHERE sr.\"StatementId\" IN ({VisibleStatementIds}) AND {Visible("r")}",
        // 9-10. The place links to visible places, and the places.
        $"SELECT {PlaceLinks.Select("sp")} FROM \"StrikePlaces\" AS sp INNER JOIN \"Places\" AS p ON p.\"Id\" = sp.\"PlaceId\" WHERE sp.\"StrikeId\" = $id AND {Visible("p")}",
        $"SELECT {Places.Select("p")} FROM \"Places\" AS p WHERE p.\"Id\" IN (SELECT \"PlaceId\" FROM \"StrikePlaces\" WHERE \"StrikeId\" = $id) AND {Visible("p")}",
        // 11. The public history, newest first (ChangeHistory.HistoryOfAsync's order).
        $"SELECT {History.Select("c")} FROM \"ChangeLog\" AS c WHERE c.\"EntityType\" = '{nameof(Strike)}' AND c.\"EntityId\" = $id AND c.\"IsPublic\" ORDER BY c.\"At\" DESC, c.\"Id\" DESC",
        // 12. Whether there is published evidence or a confirmed Air Force row: rare, and then read through EF Core.
        $"SELECT EXISTS (SELECT 1 FROM \"EvidenceRecords\" AS e WHERE e.\"StrikeId\" = $id AND {Visible("e")}), "
            + $"EXISTS (SELECT 1 FROM \"AirForceLinks\" AS l WHERE l.\"StrikeId\" = $id AND l.\"Decision\" = '{nameof(AirForceLinkDecision.Confirmed)}')",
    ]);
}
