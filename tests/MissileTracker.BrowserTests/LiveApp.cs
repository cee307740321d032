using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Playwright;
using MissileTracker.Tests.Builders;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Data;

namespace MissileTracker.BrowserTests;

/// <summary>
/// The app served by Kestrel on 127.0.0.1 (a free port) with its own in-memory database holding
/// the tests' <see cref="KnownEvidence"/> (not the app's seed data), and a headless Debian
/// Chromium driven by Playwright.
/// </summary>
public class LiveApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    // Debian's chromium package; Playwright must never download a browser here.
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly SqliteConnection _keepAlive;
    private readonly string _connectionString = $"Data Source=browser-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
    private IPlaywright? _playwright;

    /// <summary>Where this app writes releases: never the source tree.</summary>
    public string ReleasesDirectory { get; } = Path.Combine(Path.GetTempPath(), $"mt-browser-releases-{Guid.NewGuid():N}");

    public LiveApp()
    {
        _keepAlive = new SqliteConnection(_connectionString);
        _keepAlive.Open();
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where this app keeps snapshot files; deleted with the app.</summary>
    public string SnapshotDirectory { get; } = Path.Combine(Path.GetTempPath(), "mt-browser-snapshots-" + Guid.NewGuid().ToString("N"));
    public IBrowser Browser { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Serve wwwroot and library assets from the build's manifest, as `dotnet run` does, so pages are styled.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Tracker", _connectionString);
        builder.UseSetting("Database:SeedReferenceData", "false");
        builder.UseSetting("Releases:Directory", ReleasesDirectory);
        // Snapshots the tests upload go to a private temporary directory, not the source tree's App_Data.
        builder.UseSetting("Snapshots:Directory", SnapshotDirectory);
        // Test accounts need no protection from guessing: 1 PBKDF2 round instead of 100,000 per hash and check.
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1));
    }

    public async Task InitializeAsync()
    {
        StartServer();
        await using (var scope = Services.CreateAsyncScope())
        {
            await AddEvidenceAsync(scope.ServiceProvider);
        }

        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic",
            ],
        });
    }

    /// <summary>The evidence the app starts with: the tests' own <see cref="KnownEvidence"/>.</summary>
    protected virtual Task AddEvidenceAsync(IServiceProvider services) => KnownEvidence.AddToAsync(services.GetRequiredService<TrackerDbContext>());

    public const string Password = "correct horse battery staple";

    /// <summary>Creates a staff account with <paramref name="roles"/>; returns its email.</summary>
    public async Task<string> CreateStaffAsync(string name, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrackerUser>>();
        var email = $"{name}@example.org";
        var user = new TrackerUser { UserName = email, Email = email, EmailConfirmed = true };
        (await users.CreateAsync(user, Password)).Succeeded.Should().BeTrue();
        await users.AddToRolesAsync(user, roles);
        return email;
    }

    /// <summary>A fresh browser context: a separate visitor with no shared state.</summary>
    public async Task<IPage> NewVisitorAsync()
    {
        var context = await NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        return await context.NewPageAsync();
    }

    /// <summary>A browser context with generous waits: a loaded CI machine may be slow, and a slow page is not a wrong page.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await DisposeAsync();
        _keepAlive.Dispose();
        if (Directory.Exists(ReleasesDirectory))
        {
            Directory.Delete(ReleasesDirectory, recursive: true);
        }

        if (Directory.Exists(SnapshotDirectory))
        {
            Directory.Delete(SnapshotDirectory, recursive: true);
        }
    }
}
