using System.Globalization;

namespace MissileTracker.Web.Commands.Generation;

/// <summary>
/// Deterministic synthetic strikes (from a seed) with plausible distributions: dates from
/// December 2023 on, clustered in attack waves; oblasts weighted toward Kharkiv, Kyiv and the
/// front line; mostly KN-23; some strikes located only to an oblast, some not located at all;
/// about 3 reports and 2 statements per strike, four in five statements by one of a few hundred
/// named officials. Everything is published.
/// </summary>
internal sealed class SyntheticData(int seed, StartIds start)
{
    /// <summary>How many officials the statements are spread over.</summary>
    public const int OfficialCount = 300;

    private static readonly DateOnly FirstDay = new(2023, 12, 1);
    private static readonly int Days = new DateOnly(2026, 10, 31).DayNumber - FirstDay.DayNumber;

    // (enum name, weight, centre latitude, centre longitude, a few settlements)
    private static readonly (string Oblast, int Weight, double Lat, double Lon, string[] Places)[] Oblasts =
    [
        ("Kharkiv", 30, 49.99, 36.23, ["Kharkiv", "Chuhuiv", "Izium", "Kupiansk", "Balakliia"]),
        ("KyivCity", 14, 50.45, 30.52, ["Kyiv"]),
        ("Kyiv", 8, 50.30, 30.30, ["Bila Tserkva", "Brovary", "Boryspil", "Fastiv"]),
        ("Zaporizhzhia", 12, 47.84, 35.14, ["Zaporizhzhia", "Orikhiv", "Huliaipole"]),
        ("Donetsk", 10, 48.58, 37.80, ["Kramatorsk", "Sloviansk", "Pokrovsk", "Kostiantynivka"]),
        ("Dnipropetrovsk", 8, 48.46, 35.04, ["Dnipro", "Kryvyi Rih", "Nikopol", "Pavlohrad"]),
        ("Sumy", 6, 50.91, 34.80, ["Sumy", "Shostka", "Okhtyrka"]),
        ("Odesa", 5, 46.48, 30.72, ["Odesa", "Izmail", "Chornomorsk"]),
        ("Mykolaiv", 3, 46.97, 31.99, ["Mykolaiv", "Ochakiv"]),
        ("Kherson", 2, 46.64, 32.61, ["Kherson"]),
        ("Lviv", 1, 49.84, 24.03, ["Lviv", "Stryi"]),
        ("Poltava", 1, 49.59, 34.55, ["Poltava", "Kremenchuk"]),
    ];

    private static readonly (int Id, string Name, int Weight)[] Weapons =
        [(1, "KN-23", 60), (2, "KN-24", 8), (3, "Hwasong-11", 10), (4, "Iskander-M or KN-23", 17), (5, "North Korean ballistic missile", 5)];

    private static readonly string[] Outlets =
        ["suspilne.media", "pravda.com.ua", "kyivindependent.com", "ukrinform.ua", "reuters.com", "apnews.com", "bbc.com", "nv.ua", "rbc.ua", "liga.net", "hromadske.ua", "radiosvoboda.org"];

    private static readonly string[] Languages = ["uk", "uk", "uk", "en", "en", "ru"];

    private static readonly string[] Organisations =
        ["Air Force of Ukraine", "Kharkiv Regional Military Administration", "Kyiv City Military Administration", "Prosecutor General's Office",
         "State Emergency Service", "SBU", "HUR", "National Police of Ukraine"];

    private static readonly string[] GivenNames = ["Oleh", "Ihor", "Yurii", "Serhii", "Andrii", "Olena", "Iryna", "Natalia", "Vitalii", "Dmytro", "Mykola", "Tetiana", "John", "Jung", "Linda"];

    private static readonly string[] FamilyNames =
        ["Syniehubov", "Klymenko", "Ihnat", "Kostenko", "Tkachenko", "Melnyk", "Shevchenko", "Bondarenko", "Kovalenko", "Boiko", "Kravchenko", "Oliinyk",
         "Lysenko", "Moroz", "Pavlenko", "Savchenko", "Rudenko", "Marchenko", "Kirby", "Pak"];

    private static readonly string[] Targets = ["apartment block", "school", "warehouse", "energy facility", "railway depot", "private houses", "port", "factory", "hospital"];

    private readonly Random _random = new(seed);
    private readonly int[] _waves = Enumerable.Range(0, 160).Select(i => new Random(seed + i).Next(Days)).ToArray();
    private int _strike = start.Strike;
    private int _report = start.Report;
    private int _statement = start.Statement;

    private IEnumerable<(Table Table, object?[] Row)> Officials()
    {
        var created = FirstDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        for (var i = 1; i <= OfficialCount; i++)
        {
            // Given x family names give 300 distinct pairs: the index walks both lists at different strides.
            var name = GivenNames[i % GivenNames.Length] + " " + FamilyNames[(i / GivenNames.Length) % FamilyNames.Length];
            yield return (Tables.Officials, [start.Official + i, name, null, "Spokesperson", Organisations[i % Organisations.Length], "UA", created, created, 1]);
        }
    }

    /// <summary>One strike with its reports, statements and join rows, parents first (the officials before the first strike).</summary>
    public IEnumerable<(Table Table, object?[] Row)> NextStrike()
    {
        if (_strike == start.Strike)
        {
            foreach (var official in Officials())
            {
                yield return official;
            }
        }

        var r = _random;
        var id = ++_strike;
        // 70% of strikes fall on or right after one of the attack waves; the rest anywhere.
        var day = r.NextDouble() < 0.7 ? Math.Min(Days, _waves[r.Next(_waves.Length)] + (r.NextDouble() < 0.6 ? 0 : r.Next(3))) : r.Next(Days + 1);
        var occurredOn = FirstDay.AddDays(day);
        var precision = Pick(r, ("Day", 85), ("NightOf", 10), ("Month", 3), ("Approximate", 2));
        TimeOnly? time = precision == "Day" && r.NextDouble() < 0.5 ? new TimeOnly(r.Next(24), r.Next(60)) : null;
        var oblast = Oblasts[PickIndex(r, Oblasts.Select(o => o.Weight))];
        var locationPrecision = Pick(r, ("Settlement", 70), ("District", 10), ("Oblast", 12), ("NotReported", 8));
        var place = oblast.Places[r.Next(oblast.Places.Length)];
        string? settlement = locationPrecision == "Settlement" ? place : null;
        string? district = locationPrecision is "Settlement" or "District" ? place + " district" : null;
        string? oblastName = locationPrecision == "NotReported" ? null : oblast.Oblast;
        double? lat = locationPrecision == "Settlement" ? Math.Round(oblast.Lat + (r.NextDouble() - 0.5) * 0.4, 5) : null;
        double? lon = locationPrecision == "Settlement" ? Math.Round(oblast.Lon + (r.NextDouble() - 0.5) * 0.6, 5) : null;
        var weapon = Weapons[PickIndex(r, Weapons.Select(w => w.Weight))];
        var launched = 1 + (r.NextDouble() < 0.3 ? r.Next(4) : 0);
        int? intercepted = r.NextDouble() < 0.4 ? r.Next(launched + 1) : null;
        int? killed = r.NextDouble() < 0.9 ? (r.NextDouble() < 0.6 ? 0 : (int)Math.Min(60, Math.Floor(-Math.Log(1 - r.NextDouble()) * 4))) : null;
        int? injured = killed is null ? null : (int)Math.Min(200, Math.Floor(-Math.Log(1 - r.NextDouble()) * 9));
        var target = Targets[r.Next(Targets.Length)];
        var where = settlement ?? (oblastName is null ? "an undisclosed location" : oblastName + " oblast");
        var summary = string.Create(CultureInfo.InvariantCulture, $"{weapon.Name} strike hit a {target} in {where}; {killed ?? 0} killed, {injured ?? 0} injured.");
        var created = occurredOn.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc).AddMinutes(r.Next(2 * 24 * 60));
        var updated = created.AddMinutes(r.NextDouble() < 0.2 ? r.Next(10 * 24 * 60) : 0);
        var originStatus = Pick(r, ("ReportedByOfficials", 70), ("ConfirmedByDebris", 15), ("Suspected", 14), ("Retracted", 1));
        yield return (Tables.Strikes, [id, occurredOn, precision, time, null, settlement, district, oblastName, lat, lon, locationPrecision, "KP",
            originStatus, weapon.Id, launched, intercepted, killed, injured, summary, created, updated, "Published", created, null, null, 1,
            precision == "NightOf" ? occurredOn.AddDays(1) : null]);

        var reportIds = new List<int>();
        var reportCount = 1 + r.Next(5); // 1..5, mean 3
        for (var i = 0; i < reportCount; i++)
        {
            var reportId = ++_report;
            reportIds.Add(reportId);
            var outlet = Outlets[r.Next(Outlets.Length)];
            var publishedOn = occurredOn.AddDays(r.Next(3));
            var at = created.AddMinutes(i);
            yield return (Tables.Reports, [reportId, string.Create(CultureInfo.InvariantCulture, $"https://{outlet}/news/{reportId}"), outlet,
                string.Create(CultureInfo.InvariantCulture, $"Missile strike on {where}: {target} damaged"), null, publishedOn,
                Languages[r.Next(Languages.Length)], null, at, at, "Published", at, null, null, 1]);
            yield return (Tables.StrikeReports, [id, reportId]);
        }

        var statementCount = 1 + r.Next(3); // 1..3, mean 2
        for (var i = 0; i < statementCount; i++)
        {
            var statementId = ++_statement;
            var organisation = Organisations[r.Next(Organisations.Length)];
            var at = created.AddMinutes(10 + i);
            var quote = string.Create(CultureInfo.InvariantCulture, $"The enemy struck {where} with a {weapon.Name} missile; a {target} was damaged.");
            int? official = r.NextDouble() < 0.8 ? start.Official + 1 + r.Next(OfficialCount) : null;
            yield return (Tables.Statements, [statementId, official, organisation, occurredOn.AddDays(r.Next(2)), null, quote,
                r.NextDouble() < 0.7 ? "Direct" : "Paraphrase", false, null, null, null, at, at, "Published", at, null, null, 1]);
            yield return (Tables.StatementStrikes, [statementId, id, "NorthKorea", launched, "Exact", intercepted, "Exact", killed, "Exact", injured, "Exact",
                occurredOn.ToString("d MMMM", CultureInfo.InvariantCulture), settlement ?? oblastName]);
            yield return (Tables.StatementStrikeWeapons, [statementId, id, weapon.Id]);
            yield return (Tables.StatementReports, [statementId, reportIds[r.Next(reportIds.Count)]]);
        }
    }

    private static string Pick(Random r, params (string Value, int Weight)[] choices) =>
        choices[PickIndex(r, choices.Select(c => c.Weight))].Value;

    private static int PickIndex(Random r, IEnumerable<int> weights)
    {
        var list = weights as IList<int> ?? weights.ToList();
        var roll = r.Next(list.Sum());
        for (var i = 0; i < list.Count; i++)
        {
            roll -= list[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return list.Count - 1;
    }
}
