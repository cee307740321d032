using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Geography;
using MissileTracker.Web.History;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;
using MissileTracker.Web.Weapons;

namespace MissileTracker.Web.Data;

/// <summary>
/// The evidence established from the two articles in <c>shared/sources</c>. Anything the
/// articles do not give (URLs, publication dates, casualties, places) is left unknown.
/// </summary>
public static class SampleData
{
    private const string KirbyArticleTitle = "Russian Airstrikes in Ukraine on the 6th Using North Korean Missiles";
    private const string UnnArticleTitle = "According to the State Department, Russia fired at least 10 North Korean missiles at Ukraine";

    /// <summary>Seeds an empty database; does nothing if any evidence is already stored.</summary>
    public static async Task SeedAsync(TrackerDbContext db, CancellationToken cancellationToken = default)
    {
        // Drafts and tombstones count as data too.
        if (await db.Strikes.IgnoreQueryFilters().AnyAsync(cancellationToken) || await db.Reports.IgnoreQueryFilters().AnyAsync(cancellationToken)
            || await db.Officials.AnyAsync(cancellationToken) || await db.Statements.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        var unspecified = await db.Weapons.SingleAsync(w => w.Code == WeaponCatalog.DprkBallisticUnspecified, cancellationToken);

        var kirbyArticle = new Report
        {
            Outlet = "Korean news site (name not in the stored copy)",
            Title = KirbyArticleTitle,
            Byline = "Seong Jin Kwon",
            Language = "en",
            Cites = "C-SPAN; Reuters (photo: Reuters/Yonhap)",
        };
        var unnArticle = new Report
        {
            Outlet = "UNN",
            Title = UnnArticleTitle,
            Language = "en",
            Cites = "Voice of America interview",
        };

        var kirby = new Official
        {
            Name = "John Kirby",
            Role = "National Security Council strategic communications coordinator",
            Organisation = "U.S. National Security Council",
            Country = "United States",
        };
        var pak = new Official
        {
            Name = "Jung H. Pak",
            OtherNames = "Jeong Park",
            Role = "Senior State Department official dealing with the DPRK",
            Organisation = "U.S. Department of State",
            Country = "United States",
        };
        var blinken = new Official
        {
            Name = "Antony Blinken",
            Role = "Secretary of State",
            Organisation = "U.S. Department of State",
            Country = "United States",
        };

        var dec30 = UnlocatedStrike(new DateOnly(2023, 12, 30), unspecified,
            "Stated by Kirby before the 9 Jan 2024 briefing as \"the 30th of last month\".");
        var jan2 = UnlocatedStrike(new DateOnly(2024, 1, 2), unspecified,
            "Stated by Kirby before the 9 Jan 2024 briefing as \"the 2nd\" (of January 2024).");
        var jan6 = new Strike
        {
            OccurredOn = new DateOnly(2024, 1, 6),
            DatePrecision = DatePrecision.Day,
            DateNote = "Given as \"the 6th\" at Kirby's briefing on 9 Jan 2024 (US local time).",
            Settlement = "Kharkiv",
            Oblast = Oblast.Kharkiv,
            // Kharkiv's city centre, not the impact site: the report names only the city.
            Latitude = 49.9935,
            Longitude = 36.2304,
            LocationPrecision = LocationPrecision.Settlement,
            OriginStatus = OriginStatus.ReportedByOfficials,
            Weapon = unspecified,
            Summary = "Russia launched several North Korean ballistic missiles at Ukraine; from damage analysis, "
                + "the US assesses that at least one fell in Kharkiv.",
        };
        foreach (var strike in new[] { dec30, jan2, jan6 })
        {
            strike.Reports.Add(new StrikeReport { Report = kirbyArticle });
        }

        var kirbyJan9 = new Statement
        {
            Official = kirby,
            Organisation = kirby.Organisation,
            StatedOn = new DateOnly(2024, 1, 9),
            StatedOnNote = "Briefing on \"the 9th\" (US local time), per C-SPAN and Reuters.",
            QuoteKind = QuoteKind.Paraphrase,
            Quote = "Russia had also launched several North Korean ballistic missiles into Ukraine on the 6th. "
                + "Coordinator Kirby believes that at least one North Korean missile fell in Kharkiv Ukraine "
                + "while analyzing the damage caused by Russia's missile attacks.",
        };
        kirbyJan9.Strikes.Add(new StatementStrike
        {
            Strike = jan6,
            WeaponLabel = "North Korean missile",
            WeaponTypes = { new StatementStrikeWeapon { Weapon = unspecified } },
            OriginClaim = OriginClaim.NorthKorea,
            MissileCount = 1,
            MissileCountQualifier = FigureQualifier.AtLeast,
            DateAsReported = "on the 6th",
            LocationAsReported = "Kharkiv",
        });
        kirbyJan9.Reports.Add(new StatementReport { Report = kirbyArticle });

        var kirbyEarlier = new Statement
        {
            Official = kirby,
            Organisation = kirby.Organisation,
            StatedOnNote = "Earlier than the 9 Jan 2024 briefing (\"previously\"); the report gives no date.",
            QuoteKind = QuoteKind.Paraphrase,
            Quote = "Previously, Coordinator Kirby had stated that Russia had attacked Ukraine with North Korean "
                + "ballistic missiles on the 30th of last month and the 2nd.",
        };
        kirbyEarlier.Strikes.Add(new StatementStrike { Strike = dec30, WeaponLabel = "North Korean ballistic missiles", WeaponTypes = { new StatementStrikeWeapon { Weapon = unspecified } }, OriginClaim = OriginClaim.NorthKorea, DateAsReported = "on the 30th of last month" });
        kirbyEarlier.Strikes.Add(new StatementStrike { Strike = jan2, WeaponLabel = "North Korean ballistic missiles", WeaponTypes = { new StatementStrikeWeapon { Weapon = unspecified } }, OriginClaim = OriginClaim.NorthKorea, DateAsReported = "the 2nd" });
        kirbyEarlier.Reports.Add(new StatementReport { Report = kirbyArticle });

        var jointStatement = new Statement
        {
            Official = blinken,
            Organisation = "Foreign ministers of 47 countries (joint statement)",
            StatedOn = new DateOnly(2024, 1, 9),
            StatedOnNote = "\"On the same day\" as Kirby's 9 Jan 2024 briefing.",
            QuoteKind = QuoteKind.Paraphrase,
            Quote = "47 foreign ministers including Secretary of State Antony Blinken issued a joint statement "
                + "condemning North Korea's ballistic missile exports and Russia's use of missiles.",
            IsAggregate = true,
        };
        jointStatement.Figures.Add(new ClaimFigure { Kind = ClaimFigureKind.Other, Unit = "condemnation of Russia's use of North Korean ballistic missiles (no count given)" });
        jointStatement.Reports.Add(new StatementReport { Report = kirbyArticle });

        var pakCases = new Statement
        {
            Official = pak,
            Organisation = pak.Organisation,
            StatedOnNote = "Interview with Voice of America; the report gives no date.",
            QuoteKind = QuoteKind.Direct,
            Quote = "There have been at least 10 cases of the use of DPRK missiles on the battlefield.",
            IsAggregate = true,
            PeriodNote = "Up to the interview; the start of the period is not stated.",
        };
        pakCases.Figures.Add(new ClaimFigure
        {
            Kind = ClaimFigureKind.Cases, Figure = new Figure(10, FigureQualifier.AtLeast), Unit = "cases of North Korean missiles used on the battlefield in Ukraine",
        });
        pakCases.Reports.Add(new StatementReport { Report = unnArticle });

        var pakContainers = new Statement
        {
            Official = pak,
            Organisation = pak.Organisation,
            StatedOnNote = "Interview with Voice of America; the report gives no date.",
            QuoteKind = QuoteKind.Direct,
            Quote = "We know that there were at least 10,000 containers that went from the DPRK to Russia.",
            IsAggregate = true,
            PeriodNote = "Up to the interview; the start of the period is not stated.",
        };
        pakContainers.Figures.Add(new ClaimFigure
        {
            Kind = ClaimFigureKind.Supplied, Figure = new Figure(10_000, FigureQualifier.AtLeast), Unit = "containers of military munitions shipped from the DPRK to Russia",
        });
        pakContainers.Reports.Add(new StatementReport { Report = unnArticle });

        var now = DateTime.UtcNow;
        foreach (var record in new IPublishable[] { dec30, jan2, jan6, kirbyArticle, unnArticle, kirbyJan9, kirbyEarlier, jointStatement, pakCases, pakContainers })
        {
            record.Status = PublicationStatus.Published;
            record.PublishedAt = now;
        }

        db.Author = new ChangeAuthor("system", "Sample data from the project's two source articles");
        db.AddRange(dec30, jan2, jan6);
        db.AddRange(kirbyJan9, kirbyEarlier, jointStatement, pakCases, pakContainers);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Strike UnlocatedStrike(DateOnly date, Weapon weapon, string dateNote) => new()
    {
        OccurredOn = date,
        DatePrecision = DatePrecision.Day,
        DateNote = dateNote,
        LocationPrecision = LocationPrecision.NotReported,
        OriginStatus = OriginStatus.ReportedByOfficials,
        Weapon = weapon,
        Summary = "Russia attacked Ukraine with North Korean ballistic missiles, according to John Kirby. "
            + "The report gives no place, number of missiles or casualties.",
    };
}
