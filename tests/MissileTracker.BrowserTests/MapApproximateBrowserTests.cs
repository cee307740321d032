using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Strikes;

namespace MissileTracker.BrowserTests;

/// <summary>A strike known only to oblast level (its own app: it adds the strike).</summary>
public sealed class MapApproximateBrowserTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task An_oblast_level_strike_is_drawn_dashed_inside_its_oblast()
    {
        int id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var strike = new Strike
            {
                OccurredOn = new DateOnly(2024, 2, 15), DatePrecision = DatePrecision.Day, Oblast = Oblast.Zaporizhzhia,
                LocationPrecision = LocationPrecision.Oblast, WeaponId = 1, OriginStatus = OriginStatus.Suspected,
                Summary = "Strike somewhere in Zaporizhzhia Oblast", Status = PublicationStatus.Published,
            };
            db.Add(strike);
            await db.SaveChangesAsync();
            id = strike.Id;
        }

        var analyst = await app.NewVisitorAsync();
        await analyst.GotoAsync("/map");
        await analyst.Locator("#strike-map.map-ready").WaitForAsync();

        var marker = analyst.Locator($"path.strike-marker[data-strike-id='{id}']");
        (await marker.GetAttributeAsync("class")).Should().Contain("strike-marker-approximate");
        (await marker.GetAttributeAsync("stroke-dasharray")).Should().Be("4 4");
        (await analyst.Locator($"li.map-strike[data-strike-id='{id}']").InnerTextAsync()).Should().Contain("approximate: drawn at the oblast's centre");

        // Zaporizhzhia's centre lies south-east of Kharkiv's city centre and south of it on screen.
        var kharkiv = (await analyst.Locator("path.strike-marker[data-strike-id='3']").BoundingBoxAsync())!;
        var zaporizhzhia = (await marker.BoundingBoxAsync())!;
        zaporizhzhia.Y.Should().BeGreaterThan(kharkiv.Y);
    }
}
