using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.Pages;

/// <summary>Issue 20: every filtered view offers its Atom feed and downloads carrying the filter, and the strike page dates the event apart from its publication.</summary>
public sealed class SubscriptionLinksTests : IDisposable
{
    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public SubscriptionLinksTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    private static string Href(IDocument page, string text) =>
        page.QuerySelectorAll(".strike-subscriptions a").Single(a => a.TextContent == text).GetAttribute("href")!;

    [Theory]
    [InlineData("/")]
    [InlineData("/map")]
    [InlineData("/stats")]
    public async Task A_filtered_view_links_its_feed_and_downloads_with_the_filter_but_not_paging_or_sorting(string path)
    {
        var (response, page) = await _client.GetPageAsync(path + "?oblast=Kharkiv&oblast=Kyiv&type=dprk-ballistic-unspecified&sort=date&page=1");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        const string filter = "?oblast=Kharkiv&oblast=Kyiv&type=dprk-ballistic-unspecified";
        Href(page, "Atom feed").Should().Be("/api/v1/strikes.atom" + filter);
        Href(page, "CSV").Should().Be("/api/v1/strikes.csv" + filter);
        Href(page, "GeoJSON").Should().Be("/api/v1/strikes.geojson" + filter);
        Href(page, "JSON").Should().Be("/api/v1/strikes" + filter);
        page.QuerySelector("head link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href").Should().Be("/api/v1/strikes.atom" + filter);

        foreach (var link in page.QuerySelectorAll(".strike-subscriptions a"))
        {
            (await _client.GetAsync(link.GetAttribute("href"))).StatusCode.Should().Be(HttpStatusCode.OK, $"{link.TextContent} is a working link");
        }
    }

    [Fact]
    public async Task The_feed_link_of_the_Kharkiv_timeline_holds_only_the_Kharkiv_strike()
    {
        var (_, page) = await _client.GetPageAsync("/?oblast=Kharkiv");

        var feed = await _client.GetStringAsync(Href(page, "Atom feed"));

        feed.Should().Contain($"urn:missiletracker:strike:{KnownEvidence.KharkivStrikeId}").And.NotContain("urn:missiletracker:strike:1<");
    }

    [Fact]
    public async Task Official_and_place_pages_link_the_strikes_they_show_and_the_statements_csv()
    {
        var (_, official) = await _client.GetPageAsync(KnownEvidence.KirbyPath);

        Href(official, "Atom feed").Should().Be($"/api/v1/strikes.atom?official={KnownEvidence.KirbyId}");
        Href(official, "CSV").Should().Be($"/api/v1/strikes.csv?official={KnownEvidence.KirbyId}");
        official.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain($"/api/v1/statements.csv?official={KnownEvidence.KirbyId}");

        var (_, claims) = await _client.GetPageAsync("/claims");
        claims.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain(["/api/v1/claims.csv", "/api/v1/statements.csv"]);
    }

    [Fact]
    public async Task The_strike_page_shows_the_event_date_apart_from_the_publication_date()
    {
        var published = new DateTime(2024, 1, 10, 9, 0, 0, DateTimeKind.Utc);
        await _app.WithDbAsync(db => db.Strikes.Where(s => s.Id == KnownEvidence.KharkivStrikeId).ExecuteUpdateAsync(set => set.SetProperty(s => s.PublishedAt, published)));

        var (_, page) = await _client.GetPageAsync(KnownEvidence.KharkivStrikePath);

        page.QuerySelector("[data-field=when]")!.TextContent.Should().Contain("6 Jan 2024");
        page.QuerySelector("[data-field=published]")!.TextContent.Trim().Should().Be("10 Jan 2024");
    }
}
