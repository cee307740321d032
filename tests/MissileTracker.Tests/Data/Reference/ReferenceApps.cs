using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.Data.Reference;

/// <summary>Apps whose database was prepared by a normal first start, as a new production database is: migrated, then given the reference data.</summary>
internal static class ReferenceApps
{
    public static TrackerApp FirstStart() => new(knownEvidence: false, connectionString: $"Data Source=reference-{Guid.NewGuid():N};Mode=Memory;Cache=Shared",
        settings: new Dictionary<string, string?> { ["Database:SeedReferenceData"] = "true" });
}

/// <summary>One first-started app shared by a class's read-only tests (loading the record takes a few seconds).</summary>
public sealed class ReferenceAppFixture : IDisposable
{
    public TrackerApp App { get; } = ReferenceApps.FirstStart();

    public void Dispose() => App.Dispose();
}
