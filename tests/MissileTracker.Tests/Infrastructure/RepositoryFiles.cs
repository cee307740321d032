namespace MissileTracker.Tests.Infrastructure;

/// <summary>Files of the repository the tests run in (found from the test binaries, below MissileTracker.sln).</summary>
public static class RepositoryFiles
{
    /// <summary>The checked-in OpenAPI contract, kept equal to the served document by <c>OpenApiContractTests</c>.</summary>
    public static string OpenApiContract => PathOf("docs", "openapi", "v1.json");

    public static string PathOf(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MissileTracker.sln")))
        {
            directory = directory.Parent;
        }

        directory.Should().NotBeNull("the tests run inside the repository, below MissileTracker.sln");
        return Path.Combine([directory!.FullName, .. parts]);
    }
}
