using System.Net;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.Pages;

/// <summary>The public methodology page and the footer link every page carries to it.</summary>
public sealed class MethodologyPageTests : IDisposable
{
    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public MethodologyPageTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Methodology_has_a_heading_with_an_id_for_each_section_and_a_contents_list_to_them()
    {
        var (response, page) = await _client.GetPageAsync("/methodology");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.Should().Be("Methodology");
        var sections = page.QuerySelectorAll("section h2").Select(h => (h.Id, h.TextContent.Trim())).ToList();
        sections.Should().Equal(
            ("incident", "What counts as an incident"),
            ("origin-status", "Origin statuses and the evidence each needs"),
            ("figures", "Conflicting figures and qualifiers"),
            ("statistics", "How statistics treat “at least”"),
            ("places", "Places and precision"),
            ("snapshots", "Snapshots of sources and how to verify one"),
            ("citing", "How to cite the tracker"),
            ("corrections", "How to report a correction"),
            ("reference-data", "The public record shipped with the tracker"),
            ("air-force-reports", "Air Force daily reports"));
        page.QuerySelectorAll("nav[aria-labelledby=methodology-contents] a").Select(a => a.GetAttribute("href"))
            .Should().Equal(sections.Select(s => "#" + s.Id));
        page.QuerySelectorAll("#origin-status ~ div tbody th").Select(t => t.TextContent)
            .Should().Equal("Suspected", "Reported by officials", "Confirmed by debris analysis", "Retracted");
        page.QuerySelector("section[aria-labelledby=figures]")!.TextContent.Should().Contain("“at least 10”").And.Contain("“up to 5”").And.Contain("“not given”");
        page.QuerySelector("section[aria-labelledby=statistics]")!.TextContent.Should().Contain("it is added as exactly 5").And.Contain("whatever its origin status");
        page.QuerySelector("section[aria-labelledby=reference-data]")!.TextContent.Should().Contain("aggregate claim whose period is that day").And.Contain("Pokrovsk");
    }

    // The methodology is written once per language (Pages/_Methodology.en and .uk): the Ukrainian must keep the same
    // sections, and the same number of paragraphs, points and table rows in each, so neither falls behind the other.
    [Fact]
    public async Task The_Ukrainian_methodology_has_the_same_sections_and_points_as_the_English()
    {
        var (_, en) = await _client.GetPageAsync("/methodology");
        var (response, uk) = await _client.GetPageAsync("/uk/methodology");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        uk.DocumentElement.GetAttribute("lang").Should().Be("uk");
        uk.QuerySelector("h1")!.TextContent.Should().Be("Методологія");
        uk.Title.Should().StartWith("Методологія");
        static IEnumerable<(string Id, int Points)> Shape(AngleSharp.Dom.IDocument page) =>
            page.QuerySelectorAll("article.methodology section").Select(s => (s.GetAttribute("aria-labelledby")!, s.QuerySelectorAll("p, li, tr").Length));
        Shape(uk).Should().Equal(Shape(en));
        uk.QuerySelectorAll("nav[aria-labelledby=methodology-contents] a").Select(a => a.GetAttribute("href"))
            .Should().Equal(en.QuerySelectorAll("nav[aria-labelledby=methodology-contents] a").Select(a => a.GetAttribute("href")));
        uk.QuerySelectorAll("#origin-status ~ div tbody th").Select(t => t.TextContent)
            .Should().Equal("Підозрюваний", "Повідомлено посадовцями", "Підтверджено аналізом уламків", "Спростовано");
        uk.QuerySelector("section[aria-labelledby=figures]")!.TextContent.Should().Contain("«щонайменше 10»");
        uk.QuerySelectorAll("article.methodology a[href='/uk/releases'], article.methodology a[href='/uk/stats']").Should().HaveCount(2, "links to pages stay in Ukrainian");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/map")]
    [InlineData("/claims")]
    [InlineData("/methodology")]
    public async Task The_footer_links_to_the_methodology(string url)
    {
        var (_, page) = await _client.GetPageAsync(url);

        page.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).Should().Contain("/methodology");
    }
}
