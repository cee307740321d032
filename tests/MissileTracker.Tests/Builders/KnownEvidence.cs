using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Tests.Builders;

/// <summary>
/// The small, fixed set of evidence a test app starts with unless it asks for an empty database
/// (<c>TrackerApp(knownEvidence: false)</c>): the tests' own data, independent of the app's
/// reference data (<c>Data/Reference</c>, which only <c>ReferenceDataTests</c> and the reference screenshots read). Three published
/// strikes reported by officials (30 Dec 2023 and 2 Jan 2024 unlocated, 6 Jan 2024 in Kharkiv
/// with coordinates), two reports (the second, from UNN, reports no strike), three officials
/// and five statements, three of them aggregate claims. Built in this order, so the ids are
/// known: strikes 1–3 by date, officials 1 Kirby, 2 Blinken, 3 Pak.
/// </summary>
public static class KnownEvidence
{
    public static readonly DateOnly KharkivDay = new(2024, 1, 6);

    /// <summary>The Kharkiv strike's id (strikes are added by date).</summary>
    public const int KharkivStrikeId = 3;

    /// <summary>The Kharkiv strike's page (<see cref="KharkivStrikeId"/>), as a constant for attributes.</summary>
    public const string KharkivStrikePath = "/strikes/3";

    /// <summary>John Kirby's page (<see cref="KirbyId"/>).</summary>
    public const string KirbyPath = "/officials/1";

    /// <summary>Officials by id.</summary>
    public const int KirbyId = 1;

    public const string KirbyArticleTitle = "Russian Airstrikes in Ukraine on the 6th Using North Korean Missiles";

    /// <summary>Adds the known evidence to an empty database.</summary>
    public static async Task AddToAsync(TrackerDbContext db)
    {
        var weapon = await db.Weapons.SingleAsync(w => w.Code == WeaponCatalog.DprkBallisticUnspecified);
        var kirbyArticle = new Report
        {
            Outlet = "Korean news site", Title = KirbyArticleTitle, Byline = "Seong Jin Kwon", Language = "en",
            Cites = "C-SPAN; Reuters (photo: Reuters/Yonhap)",
        };
        var unnArticle = new Report { Outlet = "UNN", Title = "Russia fired at least 10 North Korean missiles at Ukraine", Language = "en", Cites = "Voice of America interview" };

        var kirby = Official("John Kirby", "U.S. National Security Council");
        kirby.Role = "National Security Council strategic communications coordinator";
        var pak = Official("Jung H. Pak", "U.S. Department of State");
        pak.OtherNames = "Jeong Park";
        var blinken = Official("Antony Blinken", "U.S. Department of State");

        var dec30 = Strike(new DateOnly(2023, 12, 30), weapon);
        var jan2 = Strike(new DateOnly(2024, 1, 2), weapon);
        var jan6 = Strike(KharkivDay, weapon);
        jan6.DateNote = "Given as \"the 6th\" at a briefing on 9 Jan 2024.";
        jan6.Settlement = "Kharkiv";
        jan6.Oblast = Oblast.Kharkiv;
        jan6.Latitude = 49.9935;
        jan6.Longitude = 36.2304;
        jan6.LocationPrecision = LocationPrecision.Settlement;
        foreach (var strike in new[] { dec30, jan2, jan6 })
        {
            strike.Reports.Add(new StrikeReport { Report = kirbyArticle });
        }

        var kirbyJan9 = Statement(kirby, kirbyArticle, "At least one North Korean missile fell in Kharkiv on the 6th.", new DateOnly(2024, 1, 9));
        kirbyJan9.Strikes.Add(new StatementStrike
        {
            Strike = jan6, WeaponTypes = { new StatementStrikeWeapon { Weapon = weapon } }, MissileCount = 1, MissileCountQualifier = FigureQualifier.AtLeast,
            DateAsReported = "on the 6th", LocationAsReported = "Kharkiv",
        });
        var kirbyEarlier = Statement(kirby, kirbyArticle, "Russia attacked Ukraine with North Korean missiles on the 30th of last month and the 2nd.");
        kirbyEarlier.Strikes.Add(new StatementStrike { Strike = dec30, WeaponTypes = { new StatementStrikeWeapon { Weapon = weapon } }, DateAsReported = "on the 30th of last month" });
        kirbyEarlier.Strikes.Add(new StatementStrike { Strike = jan2, WeaponTypes = { new StatementStrikeWeapon { Weapon = weapon } }, DateAsReported = "the 2nd" });

        var joint = Statement(blinken, kirbyArticle, "A joint statement condemned Russia's use of North Korean missiles.", new DateOnly(2024, 1, 9),
            organisation: "Foreign ministers of 47 countries (joint statement)");
        joint.IsAggregate = true;
        joint.Figures.Add(new ClaimFigure { Kind = ClaimFigureKind.Other, Unit = "condemnation (no count given)" });
        var pakCases = Claim(pak, unnArticle, "There have been at least 10 cases of the use of DPRK missiles on the battlefield.", 10,
            "cases of North Korean missiles used on the battlefield in Ukraine");
        var pakContainers = Claim(pak, unnArticle, "At least 10,000 containers went from the DPRK to Russia.", 10_000,
            "containers of military munitions shipped from the DPRK to Russia");

        db.AddRange(dec30, jan2, jan6);
        db.AddRange(kirbyJan9, kirbyEarlier, joint, pakCases, pakContainers);
        await db.SaveChangesAsync();
    }

    private static Strike Strike(DateOnly date, Weapon weapon) => new()
    {
        OccurredOn = date,
        DatePrecision = DatePrecision.Day,
        LocationPrecision = LocationPrecision.NotReported,
        OriginStatus = OriginStatus.ReportedByOfficials,
        Weapon = weapon,
        Summary = "North Korean ballistic missiles, according to a US official.",
        Status = PublicationStatus.Published,
        PublishedAt = DateTime.UtcNow,
    };

    private static Official Official(string name, string organisation) =>
        new() { Name = name, Role = "Official", Organisation = organisation, Country = "United States" };

    private static Statement Statement(Official official, Report report, string quote, DateOnly? on = null, string? organisation = null)
    {
        var statement = new Statement
        {
            Official = official, Organisation = organisation ?? official.Organisation, StatedOn = on, Quote = quote,
            QuoteKind = QuoteKind.Paraphrase, Status = PublicationStatus.Published, PublishedAt = DateTime.UtcNow,
        };
        statement.Reports.Add(new StatementReport { Report = report });
        report.Status = PublicationStatus.Published;
        report.PublishedAt ??= DateTime.UtcNow;
        return statement;
    }

    private static Statement Claim(Official official, Report report, string quote, int count, string unit)
    {
        var claim = Statement(official, report, quote);
        claim.QuoteKind = QuoteKind.Direct;
        claim.IsAggregate = true;
        claim.Figures.Add(new ClaimFigure { Kind = ClaimFigureKind.Other, Figure = new Figure(count, FigureQualifier.AtLeast), Unit = unit });
        claim.PeriodNote = "Up to the interview; the start of the period is not stated.";
        return claim;
    }
}
