using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.Localization;

/// <summary>Ukrainian at /uk/…, English at the root: lang, hreflang, the switcher, links that stay in their language, and the first visit.</summary>
public sealed class LanguageUrlTests : IDisposable
{
    private readonly TrackerApp _app = new();

    public void Dispose() => _app.Dispose();

    private HttpClient NoRedirects() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/", "/uk")]
    [InlineData("/map?oblast=Kharkiv", "/uk/map?oblast=Kharkiv")]
    [InlineData("/stats", "/uk/stats")]
    [InlineData("/officials", "/uk/officials")]
    [InlineData("/reports", "/uk/reports")]
    [InlineData("/claims", "/uk/claims")]
    [InlineData("/methodology", "/uk/methodology")]
    [InlineData("/releases", "/uk/releases")]
    [InlineData("/account/login", "/uk/account/login")]
    public async Task Every_page_is_served_in_both_languages_with_lang_hreflang_and_a_switcher(string english, string ukrainian)
    {
        var client = _app.CreateClient();

        var (enResponse, en) = await client.GetPageAsync(english);
        var (ukResponse, uk) = await client.GetPageAsync(ukrainian);

        enResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        ukResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        en.DocumentElement.GetAttribute("lang").Should().Be("en");
        uk.DocumentElement.GetAttribute("lang").Should().Be("uk");
        foreach (var page in new[] { en, uk })
        {
            var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]")
                .ToDictionary(l => l.GetAttribute("hreflang")!, l => new Uri(l.GetAttribute("href")!).PathAndQuery);
            alternates.Should().BeEquivalentTo(new Dictionary<string, string>
            {
                ["en"] = english,
                ["uk"] = ukrainian == "/uk" ? "/uk/" : ukrainian,
                ["x-default"] = english,
            });
        }
        en.QuerySelector("a.language-switch")!.GetAttribute("href").Should().Be(ukrainian == "/uk" ? "/uk/" : ukrainian);
        uk.QuerySelector("a.language-switch")!.GetAttribute("href").Should().Be(english);
        uk.QuerySelector("nav a[href='/uk/map']")!.TextContent.Should().Be("Мапа");
    }

    [Fact]
    public async Task Links_forms_and_redirects_on_a_Ukrainian_page_stay_in_Ukrainian_and_the_API_stays_at_the_root()
    {
        var client = NoRedirects();

        var (_, page) = await client.GetPageAsync($"/uk/strikes/{KnownEvidence.KharkivStrikeId}");
        var ownLinks = page.QuerySelectorAll("a[href^='/']:not(.language-switch)").Select(a => a.GetAttribute("href")!)
            .Where(href => !href.StartsWith("/api/", StringComparison.Ordinal) && !href.StartsWith("/swagger", StringComparison.Ordinal) && a(href))
            .ToList();
        ownLinks.Should().NotBeEmpty().And.OnlyContain(href => href == "/uk" || href.StartsWith("/uk/", StringComparison.Ordinal));
        page.QuerySelector("form[role=search]")!.GetAttribute("action").Should().Be("/uk");
        page.QuerySelectorAll("a[href*='api/v1']").Select(x => x.GetAttribute("href")).Should().OnlyContain(href => href!.StartsWith("/api/v1/", StringComparison.Ordinal));

        var staff = await client.GetAsync("/uk/editor");
        staff.StatusCode.Should().Be(HttpStatusCode.Redirect);
        staff.Headers.Location!.PathAndQuery.Should().StartWith("/uk/account/login?ReturnUrl=%2Fuk%2Feditor");

        (await client.GetAsync("/uk/api/v1/strikes")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        static bool a(string href) => !href.StartsWith("/lib/", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_Ukrainian_page_is_a_Ukrainian_404()
    {
        var (response, page) = await _app.CreateClient().GetPageAsync("/uk/strikes/999999");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.DocumentElement.GetAttribute("lang").Should().Be("uk");
        page.QuerySelector("a.language-switch")!.GetAttribute("href").Should().Be("/strikes/999999");
    }

    [Theory]
    [InlineData("uk-UA,uk;q=0.9,en;q=0.8", true)]
    [InlineData("uk", true)]
    [InlineData("ru,uk;q=0.8", true)]
    [InlineData("en-US,en;q=0.9,uk;q=0.8", false)]
    [InlineData("de", false)]
    [InlineData("", false)]
    public async Task The_first_visit_to_the_root_goes_to_the_language_the_browser_prefers(string acceptLanguage, bool ukrainian)
    {
        var client = NoRedirects();
        var request = new HttpRequestMessage(HttpMethod.Get, "/?q=Kharkiv");
        if (acceptLanguage.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var response = await client.SendAsync(request);

        if (ukrainian)
        {
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            response.Headers.Location!.OriginalString.Should().Be("/uk/?q=Kharkiv");
        }
        else
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        response.Headers.GetValues("Set-Cookie").Should().ContainSingle(c => c.StartsWith("mt_lang=" + (ukrainian ? "uk" : "en"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_returning_visitor_who_chose_English_stays_in_English()
    {
        var client = NoRedirects();
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Language", "uk");
        request.Headers.TryAddWithoutValidation("Cookie", "mt_lang=uk");

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).Should().NotContain(c => c.StartsWith("mt_lang=", StringComparison.Ordinal));
    }
}
