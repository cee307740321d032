using System.Data.Common;
using System.Text.Json;

// The baseline: the SQL the app sends for a strike list page and a strike's detail, executed with
// raw Microsoft.Data.Sqlite (or raw Npgsql on PostgreSQL) and written with Utf8JsonWriter, no EF Core,
// no filters, no caching; and the full CSV export as one raw query. The app's throughput is reported as
// a ratio of this one's (docs/performance.md). The SQL is the same for both providers except where
// their dialects differ (BaselineDatabase.cs).
// Usage: dotnet MissileTracker.Benchmarks.dll --db <file> --urls http://127.0.0.1:<port>
//        dotnet MissileTracker.Benchmarks.dll --provider postgres --connection "Host=…;Port=…;Username=…;Database=…" --urls …
//        dotnet MissileTracker.Benchmarks.dll load --urls <file> ...   (the load generator, LoadDriver.cs)
if (args is ["load", ..])
{
    return await LoadDriver.RunAsync(args[1..]);
}

var builder = WebApplication.CreateSlimBuilder(args);
var database = BaselineDatabase.From(builder.Configuration);
var app = builder.Build();

// The columns the app's list summary and CSV export show, as the app reads them: issue 18 asks the baseline to read the fields
// later issues added (here issue 13's window and each figure's qualifier, high end and words), so the ratio compares the
// same answer. Ordinals 0-33 are fixed (WriteStrike reads them by position).
const string StrikeColumns = "s.\"Id\", s.\"OccurredOn\", s.\"DatePrecision\", s.\"TimeOfDay\", s.\"Settlement\", s.\"District\", s.\"Oblast\", s.\"Latitude\", "
    + "s.\"Longitude\", s.\"LocationPrecision\", s.\"OriginCountry\", s.\"OriginStatus\", s.\"MissilesLaunched\", s.\"MissilesIntercepted\", "
    + "s.\"Killed\", s.\"Injured\", s.\"Summary\", s.\"UpdatedAt\", w.\"Code\", w.\"Name\", s.\"EndsOn\", s.\"EndTime\", "
    + "s.\"MissilesLaunchedQualifier\", s.\"MissilesLaunchedHigh\", s.\"MissilesLaunchedWords\", "
    + "s.\"MissilesInterceptedQualifier\", s.\"MissilesInterceptedHigh\", s.\"MissilesInterceptedWords\", "
    + "s.\"KilledQualifier\", s.\"KilledHigh\", s.\"KilledWords\", s.\"InjuredQualifier\", s.\"InjuredHigh\", s.\"InjuredWords\"";

// The rest of the weapon the list's summary shows (ordinals 34-39), and the report count after them (40).
const string WeaponColumns = "w.\"OtherNames\", w.\"Family\", w.\"OriginCountry\", w.\"IsAmbiguous\", w.\"Description\", w.\"Kind\"";

// GET /baseline/strikes?oblast=Kharkiv&pageSize=20&page=1 | &afterDate=2024-05-01&afterId=123 (keyset)
// The harness's filter mix adds from, to (a window overlapping the range, as the app's StrikeFilter) and type (weapon
// code); count=true also counts the matches, as the app must when its aggregate cache is off.
app.MapGet("/baseline/strikes", async (HttpContext http, string? oblast, int? pageSize, int? page, string? afterDate, int? afterId,
    string? from, string? to, string? type, bool? count) =>
{
    var size = pageSize ?? 20;
    await using var connection = await database.OpenAsync();
    var where = "s.\"Status\" = 'Published' AND s.\"DeletedAt\" IS NULL";
    if (oblast is not null)
    {
        where += " AND s.\"Oblast\" = @oblast";
    }

    if (from is not null)
    {
        // StrikeDate.MaxWindowDays (31) before the range: a window that started then may still end in it.
        where += " AND s.\"OccurredOn\" >= @earliest AND (s.\"OccurredOn\" >= @from OR (s.\"EndsOn\" IS NOT NULL AND s.\"EndsOn\" >= @from))";
    }

    if (to is not null)
    {
        where += " AND s.\"OccurredOn\" <= @to";
    }

    if (type is not null)
    {
        where += " AND w.\"Code\" = @type";
    }

    // Dates as DateOnly: Microsoft.Data.Sqlite binds them as the yyyy-MM-dd text SQLite stores, Npgsql as PostgreSQL's date.
    void Bind(DbCommand c)
    {
        if (oblast is not null) BaselineDatabase.Add(c, "@oblast", oblast);
        if (from is not null)
        {
            var start = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
            BaselineDatabase.Add(c, "@from", start);
            BaselineDatabase.Add(c, "@earliest", start.AddDays(-31));
        }

        if (to is not null) BaselineDatabase.Add(c, "@to", DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        if (type is not null) BaselineDatabase.Add(c, "@type", type);
    }

    long? total = null;
    if (count == true)
    {
        await using var counting = connection.CreateCommand();
        // The app counts a filter of dates, oblasts and weapons from its StrikeTallies count table (kept by triggers), and so
        // does the baseline: the ratio stays the cost of the app's own stack over the same SQL.
        var tallied = "t.\"OccurredOn\" IS NOT NULL";
        if (oblast is not null) tallied += " AND t.\"Oblast\" = @oblast";
        if (from is not null) tallied += " AND t.\"OccurredOn\" >= @earliest AND t.\"LastDay\" >= @from";
        if (to is not null) tallied += " AND t.\"OccurredOn\" <= @to";
        if (type is not null) tallied += " AND EXISTS (SELECT 1 FROM \"Weapons\" AS w WHERE w.\"Id\" = t.\"WeaponId\" AND w.\"Code\" = @type)";
        counting.CommandText = $"SELECT COALESCE(SUM(t.\"Count\"), 0) FROM \"StrikeTallies\" AS t WHERE {tallied}";
        Bind(counting);
        total = Convert.ToInt64(await counting.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    await using var command = connection.CreateCommand();
    var keyset = afterDate is not null ? " AND (s.\"OccurredOn\" < @date OR (s.\"OccurredOn\" = @date AND s.\"Id\" < @id))" : "";
    const string Newest = "ORDER BY s.\"OccurredOn\" DESC, s.\"Id\" DESC";
    // On PostgreSQL the page is cut from the strikes alone and then joined to its weapons, as EF Core's Npgsql provider
    // sends the app's list when the filter names no weapon: that lets the planner walk the oblast's index; with the join
    // it walked the date index instead, and the deep page took 84 ms instead of 47 ms (EXPLAIN ANALYZE, 100k strikes).
    var strikes = database.IsPostgres && type is null
        ? $"(SELECT s.* FROM \"Strikes\" AS s WHERE {where}{keyset} {Newest} LIMIT @size OFFSET @offset) AS s INNER JOIN \"Weapons\" AS w ON s.\"WeaponId\" = w.\"Id\" {Newest}"
        : $"\"Strikes\" AS s INNER JOIN \"Weapons\" AS w ON s.\"WeaponId\" = w.\"Id\" WHERE {where}{keyset} {Newest} LIMIT @size OFFSET @offset";
    command.CommandText = $"SELECT {StrikeColumns}, {WeaponColumns}, (SELECT COUNT(*) FROM \"StrikeReports\" AS sr INNER JOIN \"Reports\" AS r ON sr.\"ReportId\" = r.\"Id\" "
        + $"WHERE sr.\"StrikeId\" = s.\"Id\" AND r.\"Status\" = 'Published' AND r.\"DeletedAt\" IS NULL) AS \"ReportCount\" FROM {strikes}";
    Bind(command);
    if (afterDate is not null)
    {
        BaselineDatabase.Add(command, "@date", DateOnly.Parse(afterDate, System.Globalization.CultureInfo.InvariantCulture));
        BaselineDatabase.Add(command, "@id", afterId ?? int.MaxValue);
    }

    BaselineDatabase.Add(command, "@size", size);
    BaselineDatabase.Add(command, "@offset", afterDate is null ? ((page ?? 1) - 1) * size : 0);
    http.Response.ContentType = "application/json; charset=utf-8";
    var ids = new List<int>();
    await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
    json.WriteStartObject();
    if (total is { } matches) json.WriteNumber("total", matches);
    json.WriteStartArray("items");
    await using (var reader = await command.ExecuteReaderAsync())
    {
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt32(0));
            WriteStrike(json, reader);
            json.WriteNumber("reportCount", reader.GetInt64(40));
            json.WriteEndObject();
        }
    }

    json.WriteEndArray();
    // The officials quoted about the page's strikes, one query for the page as the app does. (The total
    // the app also returns is cached until the data changes, so it sends no count query per page.)
    await using var officials = connection.CreateCommand();
    officials.CommandText = "SELECT x.\"StrikeId\", o.\"Id\", o.\"Name\" FROM \"StatementStrikes\" AS x "
        + "INNER JOIN \"Statements\" AS st ON x.\"StatementId\" = st.\"Id\" INNER JOIN \"Officials\" AS o ON st.\"OfficialId\" = o.\"Id\" "
        + $"WHERE st.\"Status\" = 'Published' AND st.\"DeletedAt\" IS NULL AND {database.IsOneOf(officials, "x.\"StrikeId\"", ids)}";
    json.WriteStartArray("officials");
    await using (var rows = await officials.ExecuteReaderAsync())
    {
        while (await rows.ReadAsync())
        {
            json.WriteStartObject();
            json.WriteNumber("strikeId", rows.GetInt32(0));
            json.WriteNumber("id", rows.GetInt32(1));
            json.WriteString("name", rows.GetString(2));
            json.WriteEndObject();
        }
    }

    json.WriteEndArray();
    json.WriteEndObject();
    await json.FlushAsync();
});

// GET /baseline/strikes.csv: every published strike, newest first, with its officials and source URLs
// aggregated by correlated subqueries: the fastest single raw query for the export's data we found.
// ?oblast=Kharkiv narrows it, for the filtered export's comparison.
app.MapGet("/baseline/strikes.csv", async (HttpContext http, string? oblast) =>
{
    await using var connection = await database.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = $"SELECT {StrikeColumns}, s.\"CreatedAt\", "
        + $"(SELECT {database.Aggregate("o.\"Name\"", "'; '")} FROM \"StatementStrikes\" AS x INNER JOIN \"Statements\" AS st ON x.\"StatementId\" = st.\"Id\" "
        + "INNER JOIN \"Officials\" AS o ON st.\"OfficialId\" = o.\"Id\" WHERE x.\"StrikeId\" = s.\"Id\" AND st.\"Status\" = 'Published' AND st.\"DeletedAt\" IS NULL), "
        + $"(SELECT {database.Aggregate("r.\"Url\"", "' '")} FROM \"StrikeReports\" AS sr INNER JOIN \"Reports\" AS r ON sr.\"ReportId\" = r.\"Id\" "
        + "WHERE sr.\"StrikeId\" = s.\"Id\" AND r.\"Status\" = 'Published' AND r.\"DeletedAt\" IS NULL AND r.\"Url\" IS NOT NULL) "
        + "FROM \"Strikes\" AS s INNER JOIN \"Weapons\" AS w ON s.\"WeaponId\" = w.\"Id\" "
        + "WHERE s.\"Status\" = 'Published' AND s.\"DeletedAt\" IS NULL" + (oblast is null ? "" : " AND s.\"Oblast\" = @oblast")
        + " ORDER BY s.\"OccurredOn\" DESC, s.\"Id\" DESC";
    if (oblast is not null) BaselineDatabase.Add(command, "@oblast", oblast);
    http.Response.ContentType = "text/csv; charset=utf-8";
    await using var reader = await command.ExecuteReaderAsync();
    // Rows are built in memory and sent 64 KB at a time: Kestrel allows only asynchronous writes.
    var buffer = new System.Text.StringBuilder(70_000);
    var text = BaselineDatabase.TextReaders(reader);
    while (await reader.ReadAsync())
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0) buffer.Append(',');
            if (!reader.IsDBNull(i))
            {
                var value = text[i](reader, i);
                if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0) buffer.Append('"').Append(value.Replace("\"", "\"\"")).Append('"'); else buffer.Append(value);
            }
        }

        buffer.Append("\r\n");
        if (buffer.Length >= 65_536)
        {
            await http.Response.WriteAsync(buffer.ToString());
            buffer.Clear();
        }
    }

    await http.Response.WriteAsync(buffer.ToString());
});

// GET /baseline/strikes/{id}: everything the app's detail answer holds (issue 18: fields later issues added to the detail are
// read here too, so the ratio stays honest): the strike with its figures (qualifier, high end, words), window, note and
// weapon; its statements with their officials, figures and weapon sets, and each statement's reports; its reports; its
// places; its public history; its evidence records (with photos, custody and reports, when it has any) and the Air Force
// rows confirmed for it. One query per collection on one connection, every column written as it comes.
app.MapGet("/baseline/strikes/{id:int}", async (HttpContext http, int id) =>
{
    await using var connection = await database.OpenAsync();
    const string Published = "'Published'";
    const string Report = "r.\"Id\", r.\"Url\", r.\"Outlet\", r.\"Title\", r.\"PublishedOn\", r.\"Language\"";
    const string Weapon = "w.\"Code\", w.\"Name\", w.\"OtherNames\", w.\"Family\", w.\"OriginCountry\" AS \"WeaponOriginCountry\", w.\"IsAmbiguous\", w.\"Description\", w.\"Kind\"";
    await using var strike = Command(connection, "SELECT s.*, " + Weapon + " FROM \"Strikes\" AS s INNER JOIN \"Weapons\" AS w ON s.\"WeaponId\" = w.\"Id\" "
        + $"WHERE s.\"Status\" = {Published} AND s.\"DeletedAt\" IS NULL AND s.\"Id\" = @id LIMIT 1", id);
    await using var reader = await strike.ExecuteReaderAsync();
    if (!await reader.ReadAsync())
    {
        http.Response.StatusCode = 404;
        return;
    }

    http.Response.ContentType = "application/json; charset=utf-8";
    await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
    json.WriteStartObject();
    WriteColumns(json, reader);
    await reader.DisposeAsync();

    await WriteRowsAsync(json, "statements", Command(connection, "SELECT x.*, st.\"Organisation\", st.\"StatedOn\", st.\"StatedAt\", st.\"StatedOnNote\", st.\"IsPreliminary\", "
        + "st.\"Quote\", st.\"QuoteKind\", st.\"Status\", st.\"NoReportReason\", o.\"Id\" AS \"OfficialId\", o.\"Name\" AS \"OfficialName\" "
        + "FROM \"StatementStrikes\" AS x INNER JOIN \"Statements\" AS st ON x.\"StatementId\" = st.\"Id\" LEFT JOIN \"Officials\" AS o ON st.\"OfficialId\" = o.\"Id\" "
        + $"WHERE x.\"StrikeId\" = @id AND st.\"Status\" = {Published} AND st.\"DeletedAt\" IS NULL", id));
    // Through the strike's links: StatementStrikeWeapons has no index starting with StrikeId (a scan of every set).
    await WriteRowsAsync(json, "statementWeapons", Command(connection, "SELECT sw.\"StatementId\", " + Weapon + " FROM \"StatementStrikes\" AS x "
        + "INNER JOIN \"Statements\" AS st ON x.\"StatementId\" = st.\"Id\" "
        + "INNER JOIN \"StatementStrikeWeapons\" AS sw ON sw.\"StatementId\" = x.\"StatementId\" AND sw.\"StrikeId\" = x.\"StrikeId\" "
        + "INNER JOIN \"Weapons\" AS w ON sw.\"WeaponId\" = w.\"Id\" "
        + $"WHERE x.\"StrikeId\" = @id AND st.\"Status\" = {Published} AND st.\"DeletedAt\" IS NULL", id));
    await WriteRowsAsync(json, "statementReports", Command(connection, "SELECT sr.\"StatementId\", " + Report + " FROM \"StatementStrikes\" AS x "
        + "INNER JOIN \"Statements\" AS st ON x.\"StatementId\" = st.\"Id\" INNER JOIN \"StatementReports\" AS sr ON sr.\"StatementId\" = x.\"StatementId\" "
        + "INNER JOIN \"Reports\" AS r ON sr.\"ReportId\" = r.\"Id\" "
        + $"WHERE x.\"StrikeId\" = @id AND st.\"Status\" = {Published} AND st.\"DeletedAt\" IS NULL AND r.\"Status\" = {Published} AND r.\"DeletedAt\" IS NULL", id));
    await WriteRowsAsync(json, "reports", Command(connection, "SELECT " + Report + " FROM \"StrikeReports\" AS sr INNER JOIN \"Reports\" AS r ON sr.\"ReportId\" = r.\"Id\" "
        + $"WHERE sr.\"StrikeId\" = @id AND r.\"Status\" = {Published} AND r.\"DeletedAt\" IS NULL", id));
    await WriteRowsAsync(json, "places", Command(connection, "SELECT sp.\"PlaceId\", sp.\"Position\", sp.\"Precision\", p.\"Name\", p.\"NameUk\", p.\"Oblast\", p.\"Raion\", "
        + "p.\"CityDistrict\", p.\"GeoNamesId\" FROM \"StrikePlaces\" AS sp INNER JOIN \"Places\" AS p ON sp.\"PlaceId\" = p.\"Id\" "
        + $"WHERE sp.\"StrikeId\" = @id AND p.\"Status\" = {Published} AND p.\"DeletedAt\" IS NULL ORDER BY sp.\"Position\"", id));
    await WriteRowsAsync(json, "history", Command(connection, "SELECT c.\"Action\", c.\"At\", c.\"ChangedBy\", c.\"Reason\", c.\"Changes\" FROM \"ChangeLog\" AS c "
        + $"WHERE c.\"EntityType\" = 'Strike' AND c.\"EntityId\" = @id AND c.\"IsPublic\" = {database.True} ORDER BY c.\"At\" DESC, c.\"Id\" DESC", id));
    var evidence = await WriteRowsAsync(json, "evidence", Command(connection, "SELECT e.*, o.\"Name\" AS \"ExaminerName\" FROM \"EvidenceRecords\" AS e "
        + $"LEFT JOIN \"Officials\" AS o ON e.\"ExaminerId\" = o.\"Id\" WHERE e.\"StrikeId\" = @id AND e.\"Status\" = {Published} AND e.\"DeletedAt\" IS NULL ORDER BY e.\"Id\"", id));
    if (evidence > 0)
    {
        const string OfStrike = "IN (SELECT \"Id\" FROM \"EvidenceRecords\" WHERE \"StrikeId\" = @id AND \"Status\" = 'Published' AND \"DeletedAt\" IS NULL)";
        await WriteRowsAsync(json, "evidencePhotos", Command(connection, $"SELECT * FROM \"EvidencePhotos\" WHERE \"EvidenceRecordId\" {OfStrike}", id));
        await WriteRowsAsync(json, "custody", Command(connection, $"SELECT * FROM \"CustodyEvents\" WHERE \"EvidenceRecordId\" {OfStrike} ORDER BY \"Position\"", id));
        await WriteRowsAsync(json, "evidenceReports", Command(connection, "SELECT er.\"EvidenceRecordId\", " + Report + " FROM \"EvidenceReports\" AS er "
            + $"INNER JOIN \"Reports\" AS r ON er.\"ReportId\" = r.\"Id\" WHERE er.\"EvidenceRecordId\" {OfStrike} AND r.\"Status\" = {Published} AND r.\"DeletedAt\" IS NULL", id));
    }

    await WriteRowsAsync(json, "airForceReports", Command(connection, "SELECT a.*, f.\"Account\", f.\"PostUrl\", f.\"StartsOn\", f.\"StartTime\", f.\"EndsOn\", f.\"EndTime\" "
        + "FROM \"AirForceLinks\" AS l INNER JOIN \"AirForceReportRows\" AS a ON l.\"RowId\" = a.\"Id\" INNER JOIN \"AirForceReports\" AS f ON a.\"ReportId\" = f.\"Id\" "
        + "WHERE l.\"StrikeId\" = @id AND l.\"Decision\" = 'Confirmed' ORDER BY f.\"StartsOn\", a.\"Id\"", id));
    json.WriteEndObject();
    await json.FlushAsync();
});

await app.RunAsync();
return 0;

static void WriteStrike(Utf8JsonWriter json, DbDataReader reader)
{
    json.WriteStartObject();
    json.WriteNumber("id", reader.GetInt32(0));
    json.WriteString("date", BaselineDatabase.Text(reader, 1));
    json.WriteString("datePrecision", reader.GetString(2));
    WriteNullableText(json, "timeOfDay", reader, 3);
    json.WriteStartObject("window");
    json.WriteString("start", BaselineDatabase.Text(reader, 1));
    WriteNullableText(json, "startTime", reader, 3);
    WriteNullableText(json, "end", reader, 20);
    WriteNullableText(json, "endTime", reader, 21);
    json.WriteEndObject();
    json.WriteStartObject("location");
    json.WriteString("settlement", reader.IsDBNull(4) ? null : reader.GetString(4));
    json.WriteString("district", reader.IsDBNull(5) ? null : reader.GetString(5));
    json.WriteString("oblast", reader.IsDBNull(6) ? null : reader.GetString(6));
    if (reader.IsDBNull(7)) json.WriteNull("latitude"); else json.WriteNumber("latitude", reader.GetDouble(7));
    if (reader.IsDBNull(8)) json.WriteNull("longitude"); else json.WriteNumber("longitude", reader.GetDouble(8));
    json.WriteString("precision", reader.GetString(9));
    json.WriteEndObject();
    json.WriteStartObject("missileType");
    json.WriteString("code", reader.GetString(18));
    json.WriteString("name", reader.GetString(19));
    WriteNullableText(json, "otherNames", reader, 34);
    WriteNullableText(json, "family", reader, 35);
    WriteNullableText(json, "originCountry", reader, 36);
    json.WriteBoolean("isAmbiguous", reader.GetBoolean(37));
    json.WriteString("description", reader.GetString(38));
    json.WriteString("kind", reader.GetString(39));
    json.WriteEndObject();
    json.WriteString("originCountry", reader.GetString(10));
    json.WriteString("originStatus", reader.GetString(11));
    WriteFigure(json, "missilesLaunched", reader, 12, 22);
    WriteFigure(json, "missilesIntercepted", reader, 13, 25);
    WriteFigure(json, "killed", reader, 14, 28);
    WriteFigure(json, "injured", reader, 15, 31);
    json.WriteString("summary", reader.GetString(16));
    json.WriteString("updatedAt", BaselineDatabase.Text(reader, 17));
}

// A figure as the summary shows it: its value with the qualifier, high end and words read beside it (null when unknown).
static void WriteFigure(Utf8JsonWriter json, string name, DbDataReader reader, int value, int qualifier)
{
    if (reader.IsDBNull(value) && reader.IsDBNull(qualifier + 2))
    {
        json.WriteNull(name);
        return;
    }

    json.WriteStartObject(name);
    if (reader.IsDBNull(value)) json.WriteNull("value"); else json.WriteNumber("value", reader.GetInt32(value));
    json.WriteString("qualifier", reader.GetString(qualifier));
    WriteNullableInt(json, "high", reader, qualifier + 1);
    WriteNullableText(json, "words", reader, qualifier + 2);
    json.WriteEndObject();
}

static void WriteNullableText(Utf8JsonWriter json, string name, DbDataReader reader, int ordinal)
{
    if (reader.IsDBNull(ordinal)) json.WriteNull(name); else json.WriteString(name, BaselineDatabase.Text(reader, ordinal));
}

static DbCommand Command(DbConnection connection, string sql, int id)
{
    var command = connection.CreateCommand();
    command.CommandText = sql;
    BaselineDatabase.Add(command, "@id", id);
    return command;
}

// Every column of the current row as a property, by its stored type: the detail's collections are written as they come.
// SQLite answers integers, reals, text and blobs; PostgreSQL also ints, booleans, dates, times and timestamps.
static void WriteColumns(Utf8JsonWriter json, DbDataReader reader)
{
    for (var i = 0; i < reader.FieldCount; i++)
    {
        var name = reader.GetName(i);
        switch (reader.IsDBNull(i) ? null : reader.GetValue(i))
        {
            case null: json.WriteNull(name); break;
            case long n: json.WriteNumber(name, n); break;
            case int n: json.WriteNumber(name, n); break;
            case short n: json.WriteNumber(name, n); break;
            case bool b: json.WriteBoolean(name, b); break;
            case DateTime t: json.WriteString(name, BaselineDatabase.Format(t)); break;
            case DateOnly d: json.WriteString(name, BaselineDatabase.Format(d)); break;
            case TimeOnly t: json.WriteString(name, BaselineDatabase.Format(t)); break;
            case TimeSpan t: json.WriteString(name, BaselineDatabase.Format(TimeOnly.FromTimeSpan(t))); break;
            case double d: json.WriteNumber(name, d); break;
            case string text: json.WriteString(name, text); break;
            case var other: json.WriteString(name, Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }
}

// The command's rows as an array of objects named name; returns how many.
static async Task<int> WriteRowsAsync(Utf8JsonWriter json, string name, DbCommand command)
{
    await using (command)
    {
        json.WriteStartArray(name);
        var count = 0;
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            json.WriteStartObject();
            WriteColumns(json, rows);
            json.WriteEndObject();
            count++;
        }

        json.WriteEndArray();
        return count;
    }
}

static void WriteNullableInt(Utf8JsonWriter json, string name, DbDataReader reader, int ordinal)
{
    if (reader.IsDBNull(ordinal)) json.WriteNull(name); else json.WriteNumber(name, reader.GetInt32(ordinal));
}
