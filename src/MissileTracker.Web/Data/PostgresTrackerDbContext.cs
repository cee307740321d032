using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MissileTracker.Web.Data;

/// <summary>The PostgreSQL flavour of the tracker's database; owns <c>Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresTrackerDbContext(DbContextOptions<PostgresTrackerDbContext> options) : TrackerDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web host (no server is contacted).</summary>
internal sealed class PostgresTrackerDbContextFactory : IDesignTimeDbContextFactory<PostgresTrackerDbContext>
{
    public PostgresTrackerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTrackerDbContext>()
            .UseNpgsql("Host=127.0.0.1;Port=55432;Username=postgres;Database=missiletracker").Options);
}
