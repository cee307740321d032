using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MissileTracker.Web.Data;

/// <summary>The SQLite flavour of the tracker's database; owns <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteTrackerDbContext(DbContextOptions<SqliteTrackerDbContext> options) : TrackerDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web host.</summary>
internal sealed class SqliteTrackerDbContextFactory : IDesignTimeDbContextFactory<SqliteTrackerDbContext>
{
    public SqliteTrackerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTrackerDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
