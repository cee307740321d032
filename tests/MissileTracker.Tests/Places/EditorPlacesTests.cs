using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Geography;
using MissileTracker.Web.History;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;

namespace MissileTracker.Tests.Places;

/// <summary>Adding a place the gazetteer lacks (form), and reviewing it like other records.</summary>
public sealed class EditorPlacesTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    private static Dictionary<string, string> Form(string name, string oblast = "Kyiv", string latitude = "50.78", string longitude = "31.03") => new()
    {
        ["Input.Name"] = name, ["Input.NameUk"] = "Рожівка", ["Input.Oblast"] = oblast, ["Input.Raion"] = "Brovary Raion",
        ["Input.Latitude"] = latitude, ["Input.Longitude"] = longitude,
    };

    [Fact]
    public async Task An_editor_adds_a_draft_place_and_a_reviewer_publishes_it()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        var added = await editor.PostFormAsync("/editor/places/new", Form("Rozhivka"));
        added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var place = await _app.WithDbAsync(db => db.Places.IgnoreQueryFilters().SingleAsync());
        place.Should().Match<Place>(p => p.EditorAdded && p.Status == PublicationStatus.Draft && p.GazetteerKey == null && p.Raion == "Brovary Raion" && p.Latitude == 50.78);

        var anonymous = _app.CreateClient();
        (await anonymous.GetAsync($"/places/{place.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a draft is not public");
        (await anonymous.GetJsonAsync<List<PlaceCandidate>>("/api/v1/places?q=Rozh")).Should().NotContain(c => c.EditorAdded);
        var find = await editor.GetAsync("/editor/places/find?q=Rozh");
        (await find.Content.ReadAsStringAsync()).Should().Contain("\"name\":\"Rozhivka\"").And.Contain("\"oblast\":\"Kyiv\"").And.Contain("\"editorAdded\":true");

        var reviewer = await _app.SignedInClientAsync("reviewer", Roles.Reviewer);
        (await reviewer.PostFormAsync($"/editor/review/Place/{place.Id}/Publish", [], formUrl: "/editor/places")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await anonymous.GetAsync($"/places/{place.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await anonymous.GetJsonAsync<List<PlaceCandidate>>("/api/v1/places?q=Rozh")).Should().ContainSingle(c => c.EditorAdded).Which.Should().Match<PlaceCandidate>(c => c.PlaceId == place.Id && c.GeoNamesId == null);
    }

    [Fact]
    public async Task An_editor_added_place_is_in_the_change_log_from_draft_to_published()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        (await editor.PostFormAsync("/editor/places/new", Form("Rozhivka"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var place = await _app.WithDbAsync(db => db.Places.IgnoreQueryFilters().SingleAsync());
        var reviewer = await _app.SignedInClientAsync("reviewer", Roles.Reviewer);
        (await reviewer.PostFormAsync($"/editor/review/Place/{place.Id}/Publish", [], formUrl: "/editor/places")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var log = await _app.WithDbAsync(db => db.ChangeLog.Where(c => c.EntityType == nameof(Place) && c.EntityId == place.Id).OrderBy(c => c.Id).ToListAsync());

        log.Select(c => c.Action).Should().Equal(ChangeAction.Created, ChangeAction.Published);
        log[0].IsPublic.Should().BeFalse("a draft's creation is staff-only");
        log[0].Changes.Should().Contain(f => f.Field == "name" && f.To == "Rozhivka").And.Contain(f => f.Field == "raion" && f.To == "Brovary Raion");
        log[1].IsPublic.Should().BeTrue();
        log[1].ChangedBy.Should().NotBe(log[0].ChangedBy, "each entry names who made the change");
        var page = await (await _app.CreateClient().GetAsync($"/places/{place.Id}")).ParseAsync();
        page.QuerySelectorAll(".history > li").Select(li => li.QuerySelector("strong")!.TextContent).Should().Equal(nameof(ChangeAction.Published));
    }

    [Fact]
    public async Task A_shipped_place_stored_on_first_use_is_not_logged_as_an_edit()
    {
        var editor = await _app.ClientWithRolesAsync("editor", Roles.Editor);
        var created = await editor.PostAsJsonAsync("/api/v1/strikes", new
        {
            date = "2024-01-06", datePrecision = "Day", oblast = "Donetsk", settlement = "Pokrovsk", locationPrecision = "Settlement",
            gazetteerKey = "704422", originStatus = "ReportedByOfficials", missileType = "kn-23", summary = "Strike on Pokrovsk.",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created);

        (await _app.WithDbAsync(db => db.ChangeLog.CountAsync(c => c.EntityType == nameof(Place)))).Should().Be(0);
    }

    [Fact]
    public async Task A_place_already_known_or_outside_Ukraine_is_refused_with_field_errors()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);

        var (duplicate, duplicatePage) = await PostAndReadAsync(editor, Form("Brovary"));
        var (outside, outsidePage) = await PostAndReadAsync(editor, Form("Testivka", latitude: "10", longitude: "31"));

        duplicate.StatusCode.Should().Be(HttpStatusCode.OK);
        duplicatePage.Should().Contain("Brovary in Kyiv Oblast is already known");
        outside.StatusCode.Should().Be(HttpStatusCode.OK);
        outsidePage.Should().Contain("Latitude");
        (await _app.WithDbAsync(db => db.Places.IgnoreQueryFilters().CountAsync())).Should().Be(0);
    }

    private static async Task<(HttpResponseMessage, string)> PostAndReadAsync(HttpClient client, Dictionary<string, string> form)
    {
        var response = await client.PostFormAsync("/editor/places/new", form);
        return (response, await response.Content.ReadAsStringAsync());
    }
}
