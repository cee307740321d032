using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MissileTracker.Web.Data;

namespace MissileTracker.Web.Commands;

/// <summary>
/// What <see cref="CopyToPostgresCommand"/> copies: every table of the model, principals before
/// dependents, each column with the conversions EF Core itself would apply. Built from the two
/// providers' models rather than a list, so a new table or column is copied without touching this.
/// </summary>
internal static class CopyPlan
{
    public static IReadOnlyList<CopyTable> Build(TrackerDbContext source, TrackerDbContext target)
    {
        // The design-time model: the runtime one does not keep HasData rows, which the copy must know about.
        var sourceTables = source.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var targetTables = target.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.ToList();
        return InDependencyOrder(targetTables).Select(table =>
        {
            var sourceTable = sourceTables.GetValueOrDefault(table.Name)
                ?? throw new InvalidOperationException($"Table {table.Name} is in the PostgreSQL model but not in the SQLite model.");
            var columns = table.Columns
                // The server computes these; COPY may not write them.
                .Where(c => c.ComputedColumnSql is null)
                .Select(column => CopyColumn.For(
                    sourceTable.FindColumn(column.Name)
                        ?? throw new InvalidOperationException($"Column {table.Name}.{column.Name} is in the PostgreSQL model but not in the SQLite model."),
                    column))
                .ToList();
            var seedRows = table.EntityTypeMappings
                .Where(m => m.IsSharedTablePrincipal != false)
                .Sum(m => ((IEntityType)m.TypeBase).GetSeedData().Count());
            return new CopyTable(table.Name, table.Schema, columns, seedRows);
        }).ToList();
    }

    // EF's foreign keys are not deferrable, so rows must arrive principals first. The command drops the
    // foreign keys while it loads and checks them when it re-creates them, but keeping this order means
    // the copy stays valid without that, and the output lists tables in an order that reads like the model.
    // A table referencing itself is fine either way: its keys are checked at the end of its COPY.
    private static List<ITable> InDependencyOrder(List<ITable> tables)
    {
        var ordered = new List<ITable>();
        var done = new HashSet<ITable>();
        var visiting = new HashSet<ITable>();

        void Visit(ITable table)
        {
            if (done.Contains(table))
            {
                return;
            }

            if (!visiting.Add(table))
            {
                throw new InvalidOperationException($"Foreign keys form a cycle through {table.Name}; the copy cannot order its tables.");
            }

            foreach (var key in table.ForeignKeyConstraints.Where(k => k.PrincipalTable != table).OrderBy(k => k.PrincipalTable.Name, StringComparer.Ordinal))
            {
                Visit(key.PrincipalTable);
            }

            visiting.Remove(table);
            done.Add(table);
            ordered.Add(table);
        }

        foreach (var table in tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            Visit(table);
        }

        return ordered;
    }
}

/// <summary>A table to copy. <paramref name="SeedRows"/>: rows the PostgreSQL migrations insert themselves (HasData).</summary>
internal sealed record CopyTable(string Name, string? Schema, IReadOnlyList<CopyColumn> Columns, int SeedRows)
{
    public string QuotedName => Schema is null ? Quote(Name) : $"{Quote(Schema)}.{Quote(Name)}";

    public string ColumnList => string.Join(", ", Columns.Select(c => Quote(c.Name)));

    public static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

/// <summary>
/// One column: reads the SQLite value as EF Core's SQLite provider does, turns it into the model's
/// value with the SQLite model's converter (UTC timestamps, enum names, JSON, …), and into the
/// PostgreSQL stored value with the PostgreSQL model's converter.
/// </summary>
internal sealed class CopyColumn
{
    private readonly Func<DbDataReader, int, object> _read;
    private readonly ValueConverter? _fromSource;
    private readonly ValueConverter? _toTarget;

    private CopyColumn(string name, string targetType, Func<DbDataReader, int, object> read, ValueConverter? fromSource, ValueConverter? toTarget)
    {
        Name = name;
        TargetType = targetType;
        _read = read;
        _fromSource = fromSource;
        _toTarget = toTarget;
    }

    public string Name { get; }

    /// <summary>The PostgreSQL type without facets (<c>character varying</c>, not <c>character varying(32)</c>), for the binary COPY.</summary>
    public string TargetType { get; }

    public static CopyColumn For(IColumn source, IColumn target)
    {
        var sourceMapping = source.PropertyMappings[0].TypeMapping;
        var targetMapping = target.PropertyMappings[0].TypeMapping;
        return new CopyColumn(target.Name, targetMapping.StoreTypeNameBase, Reader(sourceMapping), sourceMapping.Converter, targetMapping.Converter);
    }

    /// <summary>The value to write, or null for NULL.</summary>
    public object? Read(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        var stored = _read(reader, ordinal);
        var model = _fromSource is null ? stored : _fromSource.ConvertFromProvider(stored);
        var value = _toTarget is null ? model : _toTarget.ConvertToProvider(model);
        // Npgsql writes timestamptz only from offset 0; SQLite keeps whatever offset was saved. Same instant.
        return value is DateTimeOffset at ? at.ToUniversalTime() : value;
    }

    // The reader call EF Core's SQLite provider makes for this mapping (GetString, GetDateTime,
    // GetFieldValue<DateOnly>, …), compiled once per column.
    private static Func<DbDataReader, int, object> Reader(RelationalTypeMapping mapping)
    {
        var reader = Expression.Parameter(typeof(DbDataReader), "reader");
        var ordinal = Expression.Parameter(typeof(int), "ordinal");
        var method = mapping.GetDataReaderMethod();
        Expression value = Expression.Call(method.DeclaringType == typeof(DbDataReader) ? reader : Expression.Convert(reader, method.DeclaringType!), method, ordinal);
        value = mapping.CustomizeDataReaderExpression(value);
        var providerType = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        providerType = Nullable.GetUnderlyingType(providerType) ?? providerType;
        if (value.Type != providerType)
        {
            value = Expression.Convert(value, providerType);
        }

        return Expression.Lambda<Func<DbDataReader, int, object>>(Expression.Convert(value, typeof(object)), reader, ordinal).Compile();
    }
}
