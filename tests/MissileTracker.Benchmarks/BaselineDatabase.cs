using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

/// <summary>
/// The database the raw baseline reads, and the few places where its SQL differs between SQLite and PostgreSQL: string
/// aggregation, the boolean literal, a list of ids, and how a column's value becomes text. Everything else is one SQL text
/// for both providers (quoted identifiers, <c>@name</c> parameters, <c>LIMIT … OFFSET …</c>).
/// Chosen on the command line: <c>--db &lt;sqlite file&gt;</c> (the default provider) or
/// <c>--provider postgres --connection "Host=…;Port=…;Username=…;Database=…"</c>.
/// </summary>
internal sealed class BaselineDatabase
{
    private readonly string? sqlite;
    private readonly NpgsqlDataSource? postgres;

    private BaselineDatabase(string? sqlite, NpgsqlDataSource? postgres)
    {
        this.sqlite = sqlite;
        this.postgres = postgres;
    }

    public bool IsPostgres => postgres is not null;

    public static BaselineDatabase From(IConfiguration configuration)
    {
        var provider = configuration["provider"] ?? "sqlite";
        if (provider.Equals("postgres", StringComparison.OrdinalIgnoreCase))
        {
            var connection = configuration["connection"] ?? throw new InvalidOperationException("--provider postgres needs --connection \"Host=…;Database=…\"");
            return new BaselineDatabase(null, NpgsqlDataSource.Create(connection));
        }

        if (!provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"--provider must be sqlite or postgres, not '{provider}'");
        }

        var file = configuration["db"] ?? throw new InvalidOperationException("--db <sqlite file> is required");
        return new BaselineDatabase(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Cache = SqliteCacheMode.Private }.ToString(), null);
    }

    /// <summary>An open connection (from Npgsql's pool on PostgreSQL, as the app's).</summary>
    public async Task<DbConnection> OpenAsync()
    {
        if (postgres is not null)
        {
            return await postgres.OpenConnectionAsync();
        }

        var connection = new SqliteConnection(sqlite);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>The values of <paramref name="expression"/> joined by <paramref name="separator"/> (an SQL string literal).</summary>
    public string Aggregate(string expression, string separator) =>
        IsPostgres ? $"string_agg({expression}, {separator})" : $"group_concat({expression}, {separator})";

    /// <summary>The literal a boolean column is compared with: SQLite stores booleans as integers.</summary>
    public string True => IsPostgres ? "TRUE" : "1";

    /// <summary>
    /// "<paramref name="column"/> is one of <paramref name="ids"/>": an array parameter on PostgreSQL (<c>= ANY (@ids)</c>, as
    /// EF Core's Npgsql provider sends it), the ids written into the SQL on SQLite (which has no arrays).
    /// </summary>
    public string IsOneOf(DbCommand command, string column, IReadOnlyList<int> ids)
    {
        if (!IsPostgres)
        {
            return $"{column} IN ({string.Join(',', ids.DefaultIfEmpty(0))})";
        }

        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = ids.ToArray() });
        return $"{column} = ANY (@ids)";
    }

    public static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>
    /// How each column of <paramref name="reader"/> is read as text. SQLite converts any stored value to text itself;
    /// PostgreSQL's typed columns are formatted as EF Core's SQLite provider stores them (dates as yyyy-MM-dd, times as
    /// HH:mm:ss, timestamps as yyyy-MM-dd HH:mm:ss), by the column's type, looked up once per result.
    /// </summary>
    public static Func<DbDataReader, int, string>[] TextReaders(DbDataReader reader) =>
        Enumerable.Range(0, reader.FieldCount).Select(i => reader is SqliteDataReader ? (r, c) => r.GetString(c) : TextReader(reader.GetDataTypeName(i))).ToArray();

    /// <summary>One column of the current row as text, as <see cref="TextReaders"/> reads it.</summary>
    public static string Text(DbDataReader reader, int ordinal) =>
        reader is SqliteDataReader ? reader.GetString(ordinal) : TextReader(reader.GetDataTypeName(ordinal))(reader, ordinal);

    private static Func<DbDataReader, int, string> TextReader(string type) => type switch
    {
        "date" => (r, c) => Format(r.GetFieldValue<DateOnly>(c)),
        "time without time zone" => (r, c) => Format(r.GetFieldValue<TimeOnly>(c)),
        "timestamp with time zone" => (r, c) => Format(r.GetDateTime(c)),
        _ => (r, c) => Convert.ToString(r.GetValue(c), CultureInfo.InvariantCulture) ?? "",
    };

    // The text EF Core's SQLite provider stores for these types.
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(TimeOnly time) => time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    public static string Format(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
