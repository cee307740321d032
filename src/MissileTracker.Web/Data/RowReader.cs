using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MissileTracker.Web.Data;

/// <summary>
/// Reads an entity from a row of raw SQL the way EF Core would, driven by EF Core's model: the same columns, the same
/// value converters (enums by name, UTC timestamps, JSON lists), the same property setters. For the few hot reads that
/// run as prepared raw SQL (<see cref="PreparedReads"/>), so the mapping of a column to a property stays
/// declared once, in the entity configurations, and not a second time by hand.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class RowReader<T>
    where T : class
{
    private readonly Func<T> create;
    private readonly Column[] columns;

    /// <param name="model">EF Core's model, which maps the columns.</param>
    /// <param name="properties">Only these properties (by name), when not all of them are read.</param>
    public RowReader(IModel model, IReadOnlyCollection<string>? properties = null)
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        create = Expression.Lambda<Func<T>>(Expression.New(typeof(T))).Compile();
        columns = entity.GetProperties()
            .Where(p => (p.PropertyInfo is not null || p.FieldInfo is not null) && (properties is null || properties.Contains(p.Name)))
            .Select(p => new Column(p.GetColumnName(table) ?? throw new InvalidOperationException($"{typeof(T).Name}.{p.Name} has no column."),
                ReaderOf(p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType), p.GetTypeMapping().Converter?.ConvertFromProvider, SetterOf(p)))
            .ToArray();
    }

    /// <summary>The entity's columns for a SELECT list, in the order <see cref="Read"/> expects them, from the table aliased <paramref name="alias"/>.</summary>
    public string Select(string alias) => string.Join(", ", columns.Select(c => $"{alias}.\"{c.Name}\""));

    /// <summary>How many columns <see cref="Select"/> lists.</summary>
    public int ColumnCount => columns.Length;

    /// <summary>The entity in the reader's current row, whose columns are <see cref="Select"/>'s, from ordinal <paramref name="first"/> on.</summary>
    public T Read(DbDataReader reader, int first = 0)
    {
        var entity = create();
        for (var i = 0; i < columns.Length; i++)
        {
            if (reader.IsDBNull(first + i))
            {
                continue; // A new entity's property is already null (or its default).
            }

            var column = columns[i];
            var value = column.Read(reader, first + i);
            column.Set(entity, column.Convert is null ? value : column.Convert(value));
        }

        return entity;
    }

    private sealed record Column(string Name, Func<DbDataReader, int, object> Read, Func<object?, object?>? Convert, Action<T, object?> Set);

    private static readonly MethodInfo GetFieldValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue), [typeof(int)])!;

    // reader.GetFieldValue<TProvider>(ordinal), boxed: the provider's own reading of the stored type (a SQLite TEXT date as DateOnly).
    private static Func<DbDataReader, int, object> ReaderOf(Type providerType)
    {
        var type = Nullable.GetUnderlyingType(providerType) ?? providerType;
        var reader = Expression.Parameter(typeof(DbDataReader));
        var ordinal = Expression.Parameter(typeof(int));
        var call = Expression.Call(reader, GetFieldValue.MakeGenericMethod(type), ordinal);
        return Expression.Lambda<Func<DbDataReader, int, object>>(Expression.Convert(call, typeof(object)), reader, ordinal).Compile();
    }

    private static Action<T, object?> SetterOf(IProperty property)
    {
        var entity = Expression.Parameter(typeof(T));
        var value = Expression.Parameter(typeof(object));
        MemberInfo member = property.PropertyInfo is { CanWrite: true } writable ? writable : property.FieldInfo ?? (MemberInfo)property.PropertyInfo!;
        var assign = Expression.Assign(Expression.MakeMemberAccess(entity, member), Expression.Convert(value, property.ClrType));
        return Expression.Lambda<Action<T, object?>>(assign, entity, value).Compile();
    }
}
