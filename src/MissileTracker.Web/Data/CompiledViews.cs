using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Web.Data;

/// <summary>
/// A hot read by id compiled once per view (public and staff, <see cref="QueryFilters.VisibleTo"/>), so EF Core neither
/// walks nor hashes the query's expression tree on every request. The query's shape is written once; the two compiled
/// queries differ only in the named filters they lift.
/// </summary>
/// <typeparam name="TSource">The set the query starts from.</typeparam>
/// <typeparam name="TResult">What it returns.</typeparam>
public sealed class CompiledViews<TSource, TResult>
    where TSource : class
{
    private readonly Expression<Func<TrackerDbContext, int, IQueryable<TResult>>> publicQuery;
    private readonly Expression<Func<TrackerDbContext, int, IQueryable<TResult>>> staffQuery;

    // EF Core binds a compiled query to the first model it runs against. A process can hold two (the SQLite and the
    // PostgreSQL context: copy-to-postgres, the tests), so each model gets its own compiled pair.
    private readonly ConcurrentDictionary<(IModel Model, bool Staff), Func<TrackerDbContext, int, IAsyncEnumerable<TResult>>> compiled = new();

    /// <param name="shape">The query from the set (already filtered for the view) and the id.</param>
    public CompiledViews(Expression<Func<IQueryable<TSource>, int, IQueryable<TResult>>> shape)
    {
        publicQuery = Compose(db => db.Set<TSource>(), shape);
        staffQuery = Compose(db => db.Set<TSource>().IgnoreQueryFilters(new[] { QueryFilters.Published }), shape);
    }

    /// <summary>The rows for <paramref name="id"/> in the view of <paramref name="staff"/> or the public.</summary>
    public Task<List<TResult>> ListAsync(TrackerDbContext db, int id, bool staff, CancellationToken ct) =>
        compiled.GetOrAdd((db.Model, staff), key => EF.CompileAsyncQuery(key.Staff ? staffQuery : publicQuery))(db, id).ToListAsync(ct).AsTask();

    private static Expression<Func<TrackerDbContext, int, IQueryable<TResult>>> Compose(
        Expression<Func<TrackerDbContext, IQueryable<TSource>>> source, Expression<Func<IQueryable<TSource>, int, IQueryable<TResult>>> shape)
    {
        var id = shape.Parameters[1];
        var body = new Substitute(shape.Parameters[0], source.Body).Visit(shape.Body);
        return Expression.Lambda<Func<TrackerDbContext, int, IQueryable<TResult>>>(body, source.Parameters[0], id);
    }

    private sealed class Substitute(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
    }
}
