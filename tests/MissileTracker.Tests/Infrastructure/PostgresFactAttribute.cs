namespace MissileTracker.Tests.Infrastructure;

/// <summary>
/// A test that needs a real PostgreSQL server (<c>MISSILETRACKER_TEST_POSTGRES</c>). Without one it is
/// reported as skipped, with this reason, rather than passing without having run; <c>bash .ci/run</c>
/// runs it in its PostgreSQL pass. Mark its class <c>[Trait("Provider", "PostgresOnly")]</c> too.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    internal const string Reason = "Needs PostgreSQL: set MISSILETRACKER_TEST_POSTGRES to an admin connection string (bash .ci/run does).";

    public PostgresFactAttribute()
    {
        if (PostgresTestDatabase.AdminConnectionString is null)
        {
            Skip = Reason;
        }
    }
}

/// <summary>The <see cref="TheoryAttribute"/> counterpart of <see cref="PostgresFactAttribute"/>.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (PostgresTestDatabase.AdminConnectionString is null)
        {
            Skip = PostgresFactAttribute.Reason;
        }
    }
}
