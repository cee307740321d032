using Microsoft.EntityFrameworkCore;
using MissileTracker.Web.Data;
using MissileTracker.Web.Data.Reference;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Data.Reference;

/// <summary>
/// The acceptance test of the reference data (issue 15): a first start loads the public record, and every strike, claim,
/// official and report holds what shared/sources/record.md says. The expected values below are written by hand from
/// record.md, not read from the dataset, so a slip in the JSON (or in the loader) fails here.
/// </summary>
public sealed class PublicRecordTests(ReferenceAppFixture fixture) : IClassFixture<ReferenceAppFixture>
{
    /// <summary>A strike as record.md gives it: date (Kyiv), time, precision, place, and the gazetteer places it resolves to.</summary>
    public sealed record ExpectedStrike(
        string Key, string Date, DatePrecision DatePrecision, string? Time, LocationPrecision Where, Oblast? Oblast, string? Settlement, string? District,
        string[] Places, OriginStatus Origin, string? End = null);

    /// <summary>One statement about one strike: who (official's name or organisation), each figure as text, the weapon label, its catalogue set ("kn-23,kn-24") and the origin claim.</summary>
    public sealed record ExpectedFigures(string Who, string Missiles, string Intercepted, string Killed, string Injured, string? Label, string Weapons, OriginClaim Origin);

    private static readonly ExpectedStrike[] Strikes =
    [
        new("strike:2023-12-30-zaporizhzhia", "30 Dec 2023", DatePrecision.Day, null, LocationPrecision.Oblast, Oblast.Zaporizhzhia, null, null, [], OriginStatus.ReportedByOfficials),
        new("strike:2024-01-02-kharkiv", "2 Jan 2024", DatePrecision.Day, "07:30", LocationPrecision.District, Oblast.Kharkiv, "Kharkiv", "Shevchenkivskyi district", ["Kharkiv"], OriginStatus.ConfirmedByDebris),
        new("strike:2024-01-02-kyiv", "2 Jan 2024", DatePrecision.Day, null, LocationPrecision.District, Oblast.KyivCity, "Kyiv", "Solomianskyi district", ["Kyiv"], OriginStatus.ConfirmedByDebris),
        new("strike:2024-01-06-kharkiv", "6 Jan 2024", DatePrecision.Day, null, LocationPrecision.Settlement, Oblast.Kharkiv, "Kharkiv", null, ["Kharkiv"], OriginStatus.ReportedByOfficials),
        new("strike:2024-02-07-kharkiv", "7 Feb 2024", DatePrecision.Day, "06:00", LocationPrecision.District, Oblast.Kharkiv, "Kharkiv", "Slobidskyi district", ["Kharkiv"], OriginStatus.ConfirmedByDebris),
        new("strike:2024-02-14", "14 Feb 2024", DatePrecision.Day, null, LocationPrecision.NotReported, null, null, null, [], OriginStatus.ReportedByOfficials),
        new("strike:2024-02-27", "27 Feb 2024", DatePrecision.Day, null, LocationPrecision.NotReported, null, null, null, [], OriginStatus.ReportedByOfficials),
        new("strike:2024-08-05-kyiv-oblast", "5 Aug 2024", DatePrecision.NightOf, null, LocationPrecision.Oblast, Oblast.Kyiv, null, null, [], OriginStatus.ConfirmedByDebris, "6 Aug 2024"),
        new("strike:2024-08-10-rozhivka", "10 Aug 2024", DatePrecision.NightOf, null, LocationPrecision.Settlement, Oblast.Kyiv, "Rozhivka", "Brovary Raion", [], OriginStatus.ReportedByOfficials, "11 Aug 2024"),
        new("strike:2024-08-18-kyiv", "18 Aug 2024", DatePrecision.Day, null, LocationPrecision.Settlement, Oblast.KyivCity, "Kyiv", null, ["Kyiv"], OriginStatus.ConfirmedByDebris),
        new("strike:2024-01-06-pokrovsk", "6 Jan 2024", DatePrecision.Day, null, LocationPrecision.Settlement, Oblast.Donetsk, "Pokrovsk", null, ["Pokrovsk", "Hryshyne", "Zvirove"], OriginStatus.ReportedByOfficials),
    ];

    public static TheoryData<string> StrikeKeys => [.. Strikes.Select(s => s.Key)];

    /// <summary>
    /// Each statement about each strike, in the notes' order: who, each figure as text with the source's words in quotes
    /// ("at least 1 “at least one”"; "" when not given), the weapon label verbatim, the catalogue set it stands for, and
    /// where the statement says the weapon was made.
    /// </summary>
    private static readonly Dictionary<string, ExpectedFigures[]> Figures = new()
    {
        ["strike:2023-12-30-zaporizhzhia"] =
        [
            new("John Kirby", "at least 1 “at least one”", "", "", "", "ballistic missile", "dprk-ballistic-unspecified", OriginClaim.NorthKorea),
            new("John Kirby", "", "", "", "", "ballistic missile", "dprk-ballistic-unspecified", OriginClaim.NorthKorea),
            new("John Kirby", "", "", "", "", "North Korean ballistic missiles", "dprk-ballistic-unspecified", OriginClaim.NorthKorea),
            new("Jonah Leff", "", "", "", "", "identical DPRK missiles", "kn-23,kn-24", OriginClaim.NorthKorea),
        ],
        ["strike:2024-01-02-kharkiv"] =
        [
            new("RBC-Ukraine (early count; the notes name no speaker)", "3 “three missile hits”", "", "2", "62", null, "", OriginClaim.NotStated),
            new("Andriy Kostin", "", "", "", "", "North Korean-developed short-range ballistic missile", "dprk-ballistic-unspecified", OriginClaim.NorthKorea),
            new("Andriy Kostin", "", "", "3", "64", "North Korean missiles", "dprk-ballistic-unspecified", OriginClaim.NorthKorea),
            new("Oleksandr Filchakov", "1 “one officially recorded case”", "", "", "", "Hwasong-11 (KN-23/KN-24)", "kn-23,kn-24", OriginClaim.NorthKorea),
            new("Oleksandr Filchakov", "", "", "", "", null, "", OriginClaim.NotStated),
            new("UN Panel of Experts (1718 Committee)", "", "", "", "", "Hwasong-11 series missile", "hwasong-11", OriginClaim.NorthKorea),
            new("Jonah Leff", "", "", "", "", "KN-23 or KN-24", "kn-23,kn-24", OriginClaim.NorthKorea),
            new("Conflict Armament Research (CAR)", "", "", "", "", null, "", OriginClaim.NorthKorea),
        ],
        ["strike:2024-01-02-kyiv"] =
        [
            new("Jonah Leff", "", "", "", "", "identical DPRK missiles", "kn-23,kn-24", OriginClaim.NorthKorea),
            new("Oleksandr Ruvin", "", "", "4", "", "North Korean missile", "dprk-ballistic-unspecified", OriginClaim.NorthKorea),
            new("Vitali Klitschko", "", "", "2", "49", null, "", OriginClaim.NotStated),
            new("Vitali Klitschko", "", "", "3 “a third person died”", "", null, "", OriginClaim.NotStated),
        ],
        ["strike:2024-01-06-kharkiv"] = [new("John Kirby", "at least 1 “at least one”", "", "", "", "North Korean ballistic missiles", "dprk-ballistic-unspecified", OriginClaim.NorthKorea)],
        ["strike:2024-02-07-kharkiv"] =
        [
            new("Kharkiv Regional Prosecutor's Office", "", "", "", "", "S-300", "s-300", OriginClaim.NotStated),
            new("Serhii Bolvinov", "2 “2 of the 5”", "", "", "3", "Hwasong-11Ga (KN-23)", "kn-23", OriginClaim.NorthKorea),
            new("Serhii Bolvinov", "5 “five hits close together”", "", "", "3", "two North Korean missiles", "dprk-ballistic-unspecified", OriginClaim.NorthKorea),
            new("Oleksandr Filchakov", "", "", "", "", null, "", OriginClaim.NorthKorea),
        ],
        ["strike:2024-02-14"] = [new("Oleksandr Ruvin", "at least 6 “at least 6”", "", "", "", "such (North Korean) missiles", "dprk-ballistic-unspecified", OriginClaim.NorthKorea)],
        ["strike:2024-02-27"] = [new("Office of the Prosecutor General of Ukraine", "", "", "", "", "KN-23 (Hwasong-11)", "kn-23", OriginClaim.NorthKorea)],
        ["strike:2024-08-05-kyiv-oblast"] =
        [
            new("Ukrainian Air Force", "4", "2", "", "", "Iskander-M or KN-23", "iskander-m,kn-23", OriginClaim.NotStated),
            new("Serhiy Popko", "", "", "0 “no casualties in Kyiv”", "0 “no casualties in Kyiv”", null, "", OriginClaim.NotStated),
            new("Ruslan Kravchenko", "", "", "", "", null, "", OriginClaim.NotStated),
            new("Conflict Armament Research (CAR)", "", "", "", "", "North Korean missiles", "dprk-ballistic-unspecified", OriginClaim.NorthKorea),
        ],
        ["strike:2024-08-10-rozhivka"] =
        [
            new("Andriy Yermak", "", "", "", "", "drone", "drone", OriginClaim.NotStated),
            new("State Emergency Service of Ukraine", "", "", "", "", "debris of a downed missile", "", OriginClaim.NotStated),
            new("Volodymyr Zelensky", "", "", "2 “a father and his 4-year-old son”", "3 “3, including a 12-year-old”", "North Korean missile", "dprk-ballistic-unspecified", OriginClaim.NorthKorea),
            new("Ukrainian Air Force", "4 “4 in total”", "", "", "", "North Korean KN-23", "kn-23", OriginClaim.NorthKorea),
            new("Mykola Oleshchuk", "", "", "", "", "KN-23", "kn-23", OriginClaim.NorthKorea),
        ],
        ["strike:2024-08-18-kyiv"] =
        [
            new("Conflict Armament Research (CAR)", "", "", "", "", "North Korean missile", "dprk-ballistic-unspecified", OriginClaim.NorthKorea),
            new("Serhiy Popko", "", "", "0 “no casualties in Kyiv”", "", "\"most likely\" North Korean KN-23", "kn-23", OriginClaim.NorthKorea),
            new("Ukrainian Air Force", "", "2", "", "", "North Korean ballistic missiles", "dprk-ballistic-unspecified", OriginClaim.NorthKorea),
            new("Mykola Oleshchuk", "8 “8 missiles, of them 3 ballistic”", "5", "", "", "ballistic", "", OriginClaim.NotStated),
            new("Ruslan Kravchenko", "", "", "", "", null, "", OriginClaim.NotStated),
        ],
        ["strike:2024-01-06-pokrovsk"] =
        [
            new("Vadym Filashkin", "", "", "11 “11, including 5 children”", "8", "S-300", "s-300", OriginClaim.NotStated),
            new("Security Service of Ukraine (SBU)", "", "", "", "", "Hwasong-11 (KN-23/24)", "kn-23,kn-24", OriginClaim.NorthKorea),
        ],
    };

    /// <summary>Each claim's figures in the source's order: kind, the figure as text with its words, unit and weapon label.</summary>
    private static readonly Dictionary<string, string[]> ClaimFigures = new()
    {
        ["claim:a1-kostin-2024-02-16"] =
        [
            "Missiles: at least 24 “at least 24” [KN-23/KN-24]", "Attacks: at least 12 “at least 12 attacks”", "Regions: 7 “7 regions”",
            "Killed: at least 14 “at least 14 civilians”", "Injured: more than 70 “more than 70 wounded”",
            "Other: 2 “only 2 \"relatively\" accurate” (relatively accurate hits (an oil refinery, an airfield))",
        ],
        ["claim:a2-sbu-2024-02-22"] = ["Missiles: more than 20 “more than 20” [Hwasong-11]", "Killed: at least 24 “at least 24 civilians”", "Injured: more than 100 “more than 100 seriously injured”"],
        ["claim:a3-pak-2024-03-18"] = ["Cases: at least 10 “at least 10 cases” (cases of North Korean missiles used on the battlefield in Ukraine) [DPRK missiles]"],
        ["claim:a4-prosecutor-general-2024-05-07"] =
        [
            "Examined: 21 “debris of 21 of about 50” [North Korean ballistic missiles]", "Launched: about 50 “about 50” [North Korean ballistic missiles]",
            "Other:  “about half” (missiles that lost their programmed trajectory and exploded in the air)", "Killed: 24 “24 killed”", "Injured: 115 “115 injured”",
        ],
        ["claim:a5-kyslytsya-2024-11-27"] =
        [
            "Supplied: 100 “100” [KN-23/KN-24]", "Launched: about 60 “about 60” [KN-23/KN-24]",
            "Other:  “a third of all Russian ballistic missile attacks that year” (share of Russia's ballistic missile attacks in 2024)",
        ],
        ["claim:a6-cherniak-2024-12-02"] = ["Missiles: at least 60 “\"likely\" at least 60” [North Korean ballistic missiles]"],
        ["claim:a7-wood-2024-02-06"] = ["Attacks: at least 9 “on at least nine occasions” [DPRK-supplied ballistic missiles]"],
        ["claim:a8-filchakov-2024-03"] = ["Cases: about 50 “about 50 uses” (uses of North Korean missiles) [North Korean missiles]", "Regions: 6 “six regions”"],
    };

    /// <summary>The reports of each strike as record.md lists them: outlet, date in its wording (or null), URL as given (or null: partial or none).</summary>
    private static readonly Dictionary<string, (string Outlet, string? Date, string? Url)[]> StrikeReports = new()
    {
        ["strike:2023-12-30-zaporizhzhia"] =
        [
            ("Novaya Gazeta Europe", "5 Jan 2024", "novayagazeta.eu/articles/2024/01/05/white-house-russia-has-used-north-korean-missiles-to-attack-ukraine-en-news"),
            ("MENAFN", "4 Jan 2024", "menafn.com/1107686670/US-Accuses-Russia-Of-Firing-N-Korean-Made-Ballistic-Missiles-Into-Ukraine"),
        ],
        ["strike:2024-01-02-kharkiv"] =
        [
            ("Interfax-Ukraine", "11 Jan 2024", "en.interfax.com.ua/news/general/959971.html"),
            ("The Kyiv Independent", "11 Jan 2024", "kyivindependent.com/russia-uses-north-korean-missiles-in-ukraine-prosecutor-general-confirms/"),
            ("RBC-Ukraine", "2 Jan 2024", null),
            ("Gordonua", null, null),
            ("Al Arabiya", "16 Feb 2024", "english.alarabiya.net/News/world/2024/02/16/Kyiv-says-Russia-has-fired-over-24-North-Korean-missiles-at-Ukraine-since-Dec-30"),
            ("UNN", null, "unn.ua/en/amp/regional-prosecutors-office-one-case-of-dprk-missile-use-by-enemy-officially-confirmed-in-kharkiv-region"),
            ("online.ua", null, "news.online.ua/en/the-international-organization-conflict-armament-research-found-fragments-of-north-korean-missiles-in-ukraine-881084"),
            ("Taipei Times", "30 Jun 2024", "taipeitimes.com/News/front/archives/2024/06/30/2003820095"),
            ("KBS World", null, "world.kbs.co.kr/service/news_view.htm?Seq_Code=183300&lang=e"),
            ("StratNews Global", null, "stratnewsglobal.com/world-news/un-experts-confirm-that-n-korea-made-ballistic-missile-was-used-against-ukraine"),
        ],
        ["strike:2024-01-02-kyiv"] =
        [
            ("UNN", null, "unn.ua/en/amp/regional-prosecutors-office-one-case-of-dprk-missile-use-by-enemy-officially-confirmed-in-kharkiv-region"),
            ("Ukrainska Pravda", "2 Jan 2024", "pravda.com.ua/eng/news/2024/01/2/7435523/"),
            ("The Kyiv Independent", null, "kyivindependent.com/update-2-killed-49-injured-in-russian-attack-against-kyiv/"),
            ("Ukrainska Pravda", null, "pravda.com.ua/eng/news/2024/01/8/7436269/"),
        ],
        ["strike:2024-01-06-kharkiv"] =
        [
            ("Korean news site (name not in the stored copy)", null, null),
            ("Babel", "10 Jan 2024", "babel.ua/en/news/102681-russia-again-used-missiles-from-north-korea-to-strike-ukraine"),
            ("Svidomi", null, "svidomi.in.ua/en/page/russia-used-north-korean-missiles-in-ukraine-on-january-6-white-house"),
        ],
        ["strike:2024-02-07-kharkiv"] =
        [
            ("The Kyiv Independent", "7 Feb 2024", "kyivindependent.com/police-russia-fires-2-north-korean-missiles-at-kharkiv-in-morning-attack/"),
            ("Ukrinform", null, "ukrinform.net/amp/rubric-ato/3824081-ukraine-official-says-russia-used-two-north-korean-missiles-for-attack-on-kharkiv.html"),
            ("Gordonua", null, null),
            ("Gwara Media", null, "gwaramedia.com/en/police-north-korea-manufactured-two-missiles-russians-hit-kharkiv-with-on-february-7/"),
        ],
        ["strike:2024-02-14"] = [("UNN", null, "unn.ua/en/amp/regional-prosecutors-office-one-case-of-dprk-missile-use-by-enemy-officially-confirmed-in-kharkiv-region")],
        ["strike:2024-02-27"] = [("NV (on Yahoo News)", null, "au.news.yahoo.com/half-north-korean-missiles-used-234300388.html")],
        ["strike:2024-08-05-kyiv-oblast"] =
        [
            ("Honolulu Star-Advertiser", "6 Aug 2024", "staradvertiser.com/2024/08/06/breaking-news/ukraine-says-it-downs-4-missiles-15-russia-launched-drones/"),
            ("Business Insider India", null, "businessinsider.in/defense/news/russia-fired-a-new-north-korean-missile-made-this-year-in-a-strike-on-ukraine-marking-a-first-researchers-say/amp_articleshow/113270628.cms"),
        ],
        ["strike:2024-08-10-rozhivka"] =
        [
            ("LB.ua", "11 Aug 2024", "en.lb.ua/news/2024/08/11/31348_zelenskyy_russians_fire_north.html"),
            ("Turan", null, "turan.az/en/in-world/father-4-year-old-son-killed-in-russian-air-strike-on-kyiv-region-783485"),
            ("Newsweek", null, null),
        ],
        ["strike:2024-08-18-kyiv"] =
        [
            ("The Kyiv Independent", "18 Aug 2024", "kyivindependent.com/russia-attacks-kyiv-with-missiles/"),
            ("LBC Group", "18 Aug 2024", "lbcgroup.tv/news/world-news/790641/ukraine-russia-launches-third-ballistic-missile-attack-on-kyiv-this-mo/en"),
            ("Business Insider India", null, "businessinsider.in/defense/news/russia-fired-a-new-north-korean-missile-made-this-year-in-a-strike-on-ukraine-marking-a-first-researchers-say/amp_articleshow/113270628.cms"),
        ],
        ["strike:2024-01-06-pokrovsk"] =
        [
            ("sbsb.org.ua", null, "sbsb.org.ua/raketniy-udar-na-donechchinu-yaki-naseleni-punkti-buli-pid-obstrilom-vid-rosiyskikh-viysk"),
            ("Hindustan Times", null, null),
            ("The Straits Times", null, null),
        ],
    };

    /// <summary>The 8 aggregate claims: who, when (record.md's wording, or null), the first figure (all of them: <see cref="ClaimFigures"/>), and the reports.</summary>
    private static readonly (string Key, string Who, string? SaidOn, string Count, (string Outlet, string? Date, string? Url)[] Reports)[] Claims =
    [
        ("claim:a1-kostin-2024-02-16", "Andriy Kostin", "16 Feb 2024", "at least 24",
            [("Al Arabiya", "16 Feb 2024", "english.alarabiya.net/News/world/2024/02/16/Kyiv-says-Russia-has-fired-over-24-North-Korean-missiles-at-Ukraine-since-Dec-30"),
             ("The Informant", null, "theinformant.co.nz/volodymyr-zelensky-and-emmanuel-macron-signed-a-bilateral-security-agreement-between-france-and-ukraine/")]),
        ("claim:a2-sbu-2024-02-22", "Security Service of Ukraine (SBU)", "22 Feb 2024", "more than 20",
            [("Eagle News", null, "eaglenews.ph/kyiv-says-russia-used-n-korean-missiles-in-deadly-attacks-on-ukraine/")]),
        ("claim:a3-pak-2024-03-18", "Jung Pak", "18 Mar 2024", "at least 10",
            [("UNN", null, null), ("New Delhi Times", "19 Mar 2024", "newdelhitimes.com/us-says-nkorea-shipped-10000-containers-of-munitions-to-russia/")]),
        ("claim:a4-prosecutor-general-2024-05-07", "Office of the Prosecutor General of Ukraine", "7 May 2024", "21",
            [("oafnation.com", null, "oafnation.com/blogs/news/ukraine-examines-nkorea-missile-debris-amid-fears-of-moscow-pyongyang-axis"),
             ("The Kyiv Independent", "7 May 2024", "kyivindependent.com/reuters-half-of-north-korean-missiles-fired-by-russia-blow-up-in-mid-air/"),
             ("NV (on Yahoo News)", null, "au.news.yahoo.com/half-north-korean-missiles-used-234300388.html"),
             ("conservative.org.ua", null, "conservative.org.ua/en/?p=73332")]),
        ("claim:a5-kyslytsya-2024-11-27", "Serhiy Kyslytsya", "27 Nov 2024", "100",
            [("g-novosti", "4 Dec 2024", "g-novosti.in.ua/en/aktualno-2/kislitsa-v-2024-godu-tret-zapuschennyih-1")]),
        ("claim:a6-cherniak-2024-12-02", "Andrii Cherniak", "2 Dec 2024", "at least 60",
            [("Korea JoongAng Daily", "3 Dec 2024", "koreajoongangdaily.joins.com/news/2024-12-03/national/diplomacy/60-North-Korean-ballistic-missiles-used-against-Ukraine-Kyiv-intel/2191702")]),
        ("claim:a7-wood-2024-02-06", "Robert Wood", "6 Feb 2024", "at least 9", [("Business Insider India", null, null)]),
        ("claim:a8-filchakov-2024-03", "Oleksandr Filchakov", null, "about 50", [("Gordonua", null, null), ("votofinish.eu", null, null)]),
    ];

    private static readonly string[] People =
    [
        "John Kirby", "Andriy Kostin", "Oleksandr Filchakov", "Oleksandr Ruvin", "Jonah Leff", "Serhii Bolvinov", "Mykola Oleshchuk", "Serhiy Popko",
        "Vitali Klitschko", "Ruslan Kravchenko", "Vadym Filashkin", "Andriy Yermak", "Robert Wood", "Volodymyr Zelensky", "Jung Pak", "Serhiy Kyslytsya",
        "Andrii Cherniak",
    ];

    private static readonly string[] Bodies =
    [
        "UN Panel of Experts (1718 Committee)", "Office of the Prosecutor General of Ukraine", "Security Service of Ukraine (SBU)", "Ukrainian Air Force",
    ];

    [Fact]
    public async Task The_record_has_11_strikes_8_claims_and_21_officials_and_bodies()
    {
        var keys = await Db(db => db.Set<ReferenceKey>().Select(k => k.Key).ToListAsync());
        var officials = await Db(db => db.Officials.Select(o => o.Name).ToListAsync());
        var bodyStatements = await Db(db => db.Statements.Where(s => s.OfficialId == null).Select(s => s.Organisation).Distinct().ToListAsync());

        (await Db(db => db.Strikes.CountAsync())).Should().Be(11);
        keys.Where(k => k.StartsWith("strike:", StringComparison.Ordinal)).Should().BeEquivalentTo(Strikes.Select(s => s.Key));
        keys.Where(k => k.StartsWith("claim:", StringComparison.Ordinal)).Should().BeEquivalentTo(Claims.Select(c => c.Key));
        officials.Should().BeEquivalentTo(People);
        bodyStatements.Should().Contain(Bodies, "a body speaks as the organisation on its statements, with no official");
        (People.Length + Bodies.Length).Should().Be(21);
        ReferenceDataset.Shipped.Officials.Select(o => o.Name).Should().BeEquivalentTo(People.Concat(Bodies));
        (await Db(db => db.Strikes.AllAsync(s => s.Status == MissileTracker.Web.Publishing.PublicationStatus.Published))).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(StrikeKeys))]
    public async Task Each_strike_has_the_date_place_figures_and_reports_of_the_record(string key)
    {
        var expected = Strikes.Single(s => s.Key == key);
        var id = await IdAsync(key);
        var strike = await Db(db => db.Strikes.Include(s => s.Places).ThenInclude(p => p.Place).Include(s => s.Reports).ThenInclude(r => r.Report)
            .Include(s => s.Statements).ThenInclude(l => l.Statement).ThenInclude(s => s.Official)
            .Include(s => s.Statements).ThenInclude(l => l.WeaponTypes).ThenInclude(w => w.Weapon)
            .AsSplitQuery().SingleAsync(s => s.Id == id));

        strike.OccurredOn.Should().Be(RecordDate(expected.Date));
        strike.DatePrecision.Should().Be(expected.DatePrecision);
        strike.EndsOn.Should().Be(expected.End is null ? null : RecordDate(expected.End));
        strike.TimeOfDay.Should().Be(expected.Time is null ? null : TimeOnly.Parse(expected.Time, System.Globalization.CultureInfo.InvariantCulture));
        strike.LocationPrecision.Should().Be(expected.Where);
        strike.Oblast.Should().Be(expected.Oblast);
        strike.Settlement.Should().Be(expected.Settlement);
        strike.District.Should().Be(expected.District);
        strike.Places.OrderBy(p => p.Position).Select(p => p.Place.Name).Should().Equal(expected.Places);
        strike.OriginStatus.Should().Be(expected.Origin);

        var figures = strike.Statements.OrderBy(l => l.StatementId).Select(l => new ExpectedFigures(
            l.Statement.Official?.Name ?? l.Statement.Organisation,
            Text(l.MissileCountFigure), Text(l.MissilesInterceptedFigure), Text(l.KilledFigure), Text(l.InjuredFigure),
            l.WeaponLabel, string.Join(",", l.WeaponCodes), l.OriginClaim));
        figures.Should().Equal(Figures[key]);

        strike.Reports.Select(r => (r.Report.Outlet, r.Report.PublishedOn, r.Report.Url?.ToString()))
            .Should().BeEquivalentTo(StrikeReports[key].Select(r => (r.Outlet, r.Date is null ? (DateOnly?)null : RecordDate(r.Date), r.Url is null ? null : "https://" + r.Url)));
    }

    [Fact]
    public async Task The_two_strikes_of_2_Jan_2024_stay_two_and_statements_about_the_day_claim_neither()
    {
        var secondJanuary = RecordDate("2 Jan 2024");
        var strikes = await Db(db => db.Strikes.Where(s => s.OccurredOn == secondJanuary).Select(s => s.Settlement).ToListAsync());
        var dayStatements = await Db(db => db.Statements.Include(s => s.Strikes).Include(s => s.Official).Include(s => s.Figures)
            .Where(s => s.IsAggregate && s.PeriodStart == secondJanuary && s.PeriodEnd == secondJanuary).ToListAsync());

        strikes.Should().BeEquivalentTo("Kharkiv", "Kyiv");
        dayStatements.Should().HaveCount(3);
        dayStatements.Should().OnlyContain(s => s.Strikes.Count == 0);
        dayStatements.Select(s => s.Official?.Name ?? s.Organisation).Should().BeEquivalentTo("John Kirby", "John Kirby", "U.S. government (per Babel)");
        dayStatements.SelectMany(s => s.Figures).Should().Contain(f => f.Value == 10 && f.Qualifier == FigureQualifier.About && f.Words == "about ten", "Babel: \"about ten\" on 2 Jan, per the US");
    }

    [Fact]
    public async Task Each_claim_has_its_speaker_date_figure_and_reports()
    {
        foreach (var expected in Claims)
        {
            var id = await IdAsync(expected.Key);
            var claim = await Db(db => db.Statements.Include(s => s.Official).Include(s => s.Strikes).Include(s => s.Reports).ThenInclude(r => r.Report)
                .Include(s => s.Figures).AsSplitQuery().SingleAsync(s => s.Id == id));

            claim.IsAggregate.Should().BeTrue(expected.Key);
            claim.Strikes.Should().BeEmpty(expected.Key);
            (claim.Official?.Name ?? claim.Organisation).Should().Be(expected.Who, expected.Key);
            claim.StatedOn.Should().Be(expected.SaidOn is null ? null : RecordDate(expected.SaidOn), expected.Key);
            var figures = claim.Figures.OrderBy(f => f.Position).ToList();
            Text(figures[0].Value, figures[0].Qualifier).Should().Be(expected.Count, expected.Key);
            figures.Select(f => $"{f.Kind}: {Text(f.Value, f.Qualifier)} “{f.Words}”{(f.Unit is null ? "" : $" ({f.Unit})")}{(f.WeaponLabel is null ? "" : $" [{f.WeaponLabel}]")}")
                .Should().Equal(ClaimFigures[expected.Key], expected.Key);
            claim.Reports.Select(r => (r.Report.Outlet, r.Report.PublishedOn, r.Report.Url?.ToString())).Should().BeEquivalentTo(
                expected.Reports.Select(r => (r.Outlet, r.Date is null ? (DateOnly?)null : RecordDate(r.Date), r.Url is null ? null : "https://" + r.Url)), expected.Key);
        }
    }

    [Fact]
    public async Task A1_keeps_its_period_and_its_regions_as_said()
    {
        var id = await IdAsync("claim:a1-kostin-2024-02-16");
        var claim = await Db(db => db.Statements.Include(s => s.Regions).SingleAsync(s => s.Id == id));

        claim.PeriodStart.Should().Be(RecordDate("30 Dec 2023"));
        claim.PeriodEnd.Should().Be(RecordDate("7 Feb 2024"));
        claim.Regions.OrderBy(r => r.Position).Select(r => (r.NameAsSaid, r.Oblast, r.Count)).Should().Equal(
            ("Kyiv", Oblast.KyivCity, 3), ("Kharkiv", Oblast.Kharkiv, 2), ("Zaporizhzhia", Oblast.Zaporizhzhia, (int?)null), ("Kirovohrad", Oblast.Kirovohrad, null),
            ("Poltava", Oblast.Poltava, null), ("Donetsk", Oblast.Donetsk, null), ("Dnipro", Oblast.Dnipropetrovsk, null));
    }

    [Fact]
    public async Task Preliminary_statements_are_marked_and_the_others_are_not()
    {
        var preliminary = await Db(db => db.Set<ReferenceKey>().Join(db.Statements.Where(s => s.IsPreliminary), k => k.EntityId, s => s.Id, (k, s) => new { k.Key, k.Kind })
            .Where(x => x.Kind == ReferenceKind.Statement).Select(x => x.Key).ToListAsync());

        // record.md: Kostin's "preliminary forensic examination"; Popko's "per preliminary reports"; the President's and the Air Force's "preliminary" of 11 Aug 2024.
        preliminary.Should().BeEquivalentTo(
            "statement:kostin-suspilne-2024-01-11", "statement:popko-2024-08-06", "statement:zelensky-2024-08-11", "statement:air-force-2024-08-11");
    }

    [Fact]
    public async Task A_partial_address_stays_empty_and_the_report_says_so()
    {
        var partial = await Db(db => db.Reports.Where(r => r.Outlet == "RBC-Ukraine" || r.Outlet == "Gordonua" || r.Outlet == "votofinish.eu").ToListAsync());

        partial.Should().HaveCount(3).And.OnlyContain(r => r.Url == null && r.Title == ReferenceTitles.PartialAddress);
    }

    private Task<T> Db<T>(Func<TrackerDbContext, Task<T>> work) => fixture.App.WithDbAsync(work);

    /// <summary>The physical evidence record.md describes: strike, what was found, markings, characters, where, examiner, finding and reports.</summary>
    private static readonly (string Key, string Strike, string? Markings, string? Characters, string? FoundAt, string Examiner, string FindingContains, string[] Outlets)[] Evidence =
    [
        ("evidence:2024-01-02-kharkiv-car-remnants", "strike:2024-01-02-kharkiv", null, null, null, "Jonah Leff — Conflict Armament Research (CAR)", "KN-23 or KN-24, produced in North Korea in 2023", ["online.ua", "Taipei Times"]),
        ("evidence:2024-01-02-kharkiv-car-markings", "strike:2024-01-02-kharkiv", "112", "a handwritten Hangeul character", null, "Conflict Armament Research (CAR)", "the marking \"112\"", ["KBS World"]),
        ("evidence:2024-01-02-kharkiv-un-panel", "strike:2024-01-02-kharkiv", null, null, null, "UN Panel of Experts (1718 Committee)", "Hwasong-11 series", ["StratNews Global"]),
        ("evidence:2024-01-02-kyiv-ruvin", "strike:2024-01-02-kyiv", null, null, "nine-storey building on Mokra St, Solomianskyi district, Kyiv", "Oleksandr Ruvin", "parts of a North Korean missile", ["UNN"]),
        ("evidence:2024-02-07-kharkiv-february-11", "strike:2024-02-07-kharkiv", "\"February 11\" (the name of the North Korean missile plant)", null, "industrial zone, Slobidskyi district, Kharkiv", "Oleksandr Filchakov", "\"February 11\" marking", ["Gordonua"]),
        ("evidence:2024-08-18-kyiv-car-113", "strike:2024-08-18-kyiv", "113 (2024)", null, "north of Kyiv", "Conflict Armament Research (CAR)", "recovered north of Kyiv", ["Business Insider India"]),
    ];

    [Fact]
    public async Task The_physical_evidence_of_CAR_the_UN_panel_and_Ukrainian_investigators_is_on_its_strikes()
    {
        foreach (var expected in Evidence)
        {
            var id = await IdAsync(expected.Key);
            var record = await Db(db => db.EvidenceRecords.Include(e => e.Examiner).Include(e => e.Reports).ThenInclude(r => r.Report).SingleAsync(e => e.Id == id));
            record.StrikeId.Should().Be(await IdAsync(expected.Strike), expected.Key);
            record.Markings.Should().Be(expected.Markings, expected.Key);
            record.Characters.Should().Be(expected.Characters, expected.Key);
            record.FoundAt.Should().Be(expected.FoundAt, expected.Key);
            string.Join(" — ", new[] { record.Examiner?.Name, record.ExaminedBy }.OfType<string>()).Should().Be(expected.Examiner, expected.Key);
            record.Finding.Should().Contain(expected.FindingContains, expected.Key);
            record.Reports.Select(r => r.Report.Outlet).Should().BeEquivalentTo(expected.Outlets, expected.Key);
            record.Status.Should().Be(MissileTracker.Web.Publishing.PublicationStatus.Published);
            record.Custody.Should().BeEmpty("the record gives no chain of custody");
        }

        (await Db(db => db.EvidenceRecords.CountAsync())).Should().Be(Evidence.Length);
        // Every strike confirmed by debris on 2 Jan in Kharkiv rests on the CAR and UN panel records.
        var kharkiv = await IdAsync("strike:2024-01-02-kharkiv");
        (await Db(db => db.EvidenceRecords.CountAsync(e => e.StrikeId == kharkiv))).Should().Be(3);
    }

    private Task<int> IdAsync(string key) => Db(db => db.Set<ReferenceKey>().Where(k => k.Key == key).Select(k => k.EntityId).SingleAsync());

    /// <summary>A date in record.md's wording ("2 Jan 2024").</summary>
    private static DateOnly RecordDate(string text) => DateOnly.ParseExact(text, "d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static string Text(int? value, FigureQualifier qualifier) => value is null ? "" : MissileTracker.Web.Statements.Figures.Format(value, qualifier);

    private static string Text(Figure figure) => figure.Words is null ? Text(figure.Value, figure.Qualifier) : $"{Text(figure.Value, figure.Qualifier)} “{figure.Words}”".TrimStart();
}
