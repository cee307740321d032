using System.Net;
using AngleSharp.Html.Dom;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Geography;

namespace MissileTracker.Tests.Strikes;

public sealed class TimelinePageTests : IDisposable
{
    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public TimelinePageTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Shows_the_known_strikes_grouped_by_month_newest_first()
    {
        var (response, page) = await _client.GetPageAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelectorAll("h2.month-heading").Select(h => h.TextContent.Trim()).Should().Equal("January 2024 2", "December 2023 1");
        var items = page.QuerySelectorAll("li.strike-item");
        items.Should().HaveCount(3);
        items[0].QuerySelector("h3")!.TextContent.Should().Contain("6 Jan 2024").And.Contain("Kharkiv, Kharkiv Oblast");
        items[0].TextContent.Should().Contain("Reported by officials").And.Contain("John Kirby").And.Contain("1 report");
        items[1].QuerySelector("h3")!.TextContent.Should().Contain("2 Jan 2024").And.Contain("Location not reported");
    }

    [Fact]
    public async Task Filters_from_the_query_string_and_keeps_them_in_the_form()
    {
        var (_, page) = await _client.GetPageAsync("/?oblast=Kharkiv&status=ReportedByOfficials");

        page.QuerySelectorAll("li.strike-item").Should().ContainSingle().Which.TextContent.Should().Contain("6 Jan 2024");
        ((IHtmlSelectElement)page.QuerySelector("#oblast")!).Value.Should().Be("Kharkiv");
        ((IHtmlSelectElement)page.QuerySelector("#status")!).Value.Should().Be("ReportedByOfficials");
    }

    [Fact]
    public async Task The_filter_form_submits_by_get_with_the_api_parameter_names()
    {
        var (_, page) = await _client.GetPageAsync("/");
        var form = (IHtmlFormElement)page.QuerySelector("form[aria-label='Filter strikes']")!;

        form.Method.Should().BeEquivalentTo("get");
        form.Elements.OfType<IHtmlElement>().Select(e => e.GetAttribute("name")).Where(n => n != null)
            .Should().BeEquivalentTo("from", "to", "oblast", "type", "status", "raion");
        form.QuerySelectorAll("label").Should().HaveCount(6);
    }

    [Fact]
    public async Task A_bad_filter_value_shows_a_field_error_and_a_400()
    {
        var (response, page) = await _client.GetPageAsync("/?from=2024-02-31&oblast=Atlantis");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.QuerySelector("#from")!.ClassList.Should().Contain("is-invalid");
        page.QuerySelector("#from-error")!.TextContent.Should().Contain("not a date");
        page.QuerySelector("#oblast-error")!.TextContent.Should().Contain("Unknown oblast 'Atlantis'");
        page.QuerySelectorAll("li.strike-item").Should().BeEmpty();
    }

    [Fact]
    public async Task Pages_through_many_strikes_keeping_the_filters()
    {
        var strikes = Enumerable.Range(1, 30).Select(i => Evidence.Strike(new DateOnly(2024, 3, 1).AddDays(i), Oblast.Odesa)).ToArray();
        await _app.AddRangeAsync(strikes);

        var (_, first) = await _client.GetPageAsync("/?oblast=Odesa");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var (_, second) = await _client.GetPageAsync(next);

        first.QuerySelectorAll("li.strike-item").Should().HaveCount(25);
        next.Should().Be("/?oblast=Odesa&page=2");
        second.QuerySelectorAll("li.strike-item").Should().HaveCount(5);
        second.QuerySelector("a[rel=prev]")!.GetAttribute("href").Should().Be("/?oblast=Odesa");
        second.QuerySelector("a[rel=next]").Should().BeNull();
    }

    [Fact]
    public async Task Text_from_the_database_is_encoded()
    {
        await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 4, 1), summary: "<script>alert('x')</script>"));

        var html = await _client.GetStringAsync("/");

        html.Should().NotContain("<script>alert").And.Contain("&lt;script&gt;alert");
    }

    [Fact]
    public async Task Works_without_javascript()
    {
        var (_, page) = await _client.GetPageAsync("/");

        // Scripts only enhance (keyboard movement); the list, the axis and the filters are all in the HTML.
        page.QuerySelectorAll("script").Should().OnlyContain(s => s.GetAttribute("src")!.StartsWith("/js/", StringComparison.Ordinal), "reading pages need no inline or third-party script");
        page.QuerySelectorAll("li.strike-item").Should().HaveCount(3);
        page.QuerySelectorAll(".time-axis a.axis-label").Should().HaveCount(2);
    }
}
