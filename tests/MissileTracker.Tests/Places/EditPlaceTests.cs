using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.History;
using MissileTracker.Web.Places;

namespace MissileTracker.Tests.Places;

/// <summary>Editing an editor-added place on /editor/places/{id}; shipped gazetteer places stay read-only.</summary>
public sealed class EditPlaceTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    private static Dictionary<string, string> Form(string name, int version, string latitude = "50.78", string reason = "") => new()
    {
        ["Input.Name"] = name, ["Input.NameUk"] = "Рожівка", ["Input.Oblast"] = "Kyiv", ["Input.Raion"] = "Brovary Raion",
        ["Input.CityDistrict"] = "", ["Input.Latitude"] = latitude, ["Input.Longitude"] = "31.03",
        ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Reason"] = reason,
    };

    private async Task<(HttpClient Editor, Place Place)> AddedPlaceAsync()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);
        (await editor.PostFormAsync("/editor/places/new", Form("Rozhivka", 0))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return (editor, await _app.WithDbAsync(db => db.Places.IgnoreQueryFilters().SingleAsync()));
    }

    [Fact]
    public async Task The_places_list_links_to_the_edit_page_which_shows_the_place()
    {
        var (editor, place) = await AddedPlaceAsync();

        var list = await (await editor.GetAsync("/editor/places")).ParseAsync();
        list.QuerySelector($"tr[data-place-id='{place.Id}'] a[href='/editor/places/{place.Id}']").Should().NotBeNull();
        var page = await (await editor.GetAsync($"/editor/places/{place.Id}")).ParseAsync();
        (page.QuerySelector("input[name='Input.Name']") as AngleSharp.Html.Dom.IHtmlInputElement)!.Value.Should().Be("Rozhivka");
        (page.QuerySelector("input[name='Version']") as AngleSharp.Html.Dom.IHtmlInputElement)!.Value.Should().Be(place.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelector(".point-picker[data-lat-input='Input_Latitude'][data-lon-input='Input_Longitude']").Should().NotBeNull();
    }

    [Fact]
    public async Task An_edit_is_saved_and_recorded_in_the_history_with_its_reason()
    {
        var (editor, place) = await AddedPlaceAsync();

        var saved = await editor.PostFormAsync($"/editor/places/{place.Id}", Form("Rozhivka", place.Version, latitude: "50.79", reason: "Centre moved to the village square"));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stored = await _app.WithDbAsync(db => db.Places.IgnoreQueryFilters().SingleAsync());
        stored.Latitude.Should().Be(50.79);
        stored.Version.Should().Be(place.Version + 1);
        var edit = await _app.WithDbAsync(db => db.ChangeLog.Where(c => c.EntityType == nameof(Place) && c.EntityId == place.Id).OrderBy(c => c.Id).LastAsync());
        edit.Action.Should().Be(ChangeAction.Updated);
        edit.Reason.Should().Be("Centre moved to the village square");
        edit.Changes.Should().ContainSingle(f => f.Field == "latitude");
        var page = await (await editor.GetAsync($"/editor/places/{place.Id}")).ParseAsync();
        page.QuerySelectorAll(".history > li").Select(li => li.QuerySelector("strong")!.TextContent).Should().Equal(nameof(ChangeAction.Updated), nameof(ChangeAction.Created));
    }

    [Fact]
    public async Task A_stale_save_shows_the_conflict_and_saves_nothing()
    {
        var (editor, place) = await AddedPlaceAsync();
        (await editor.PostFormAsync($"/editor/places/{place.Id}", Form("Rozhivka", place.Version, latitude: "50.79"))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var stale = await editor.PostFormAsync($"/editor/places/{place.Id}", Form("Rozhivka", place.Version, latitude: "50.70"));

        stale.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await stale.ParseAsync();
        page.QuerySelector(".alert-warning")!.TextContent.Should().Contain("Someone else saved this place");
        (page.QuerySelector("input[name='Input.Latitude']") as AngleSharp.Html.Dom.IHtmlInputElement)!.Value.Should().Be("50.70", "the editor's entries are kept");
        (await _app.WithDbAsync(db => db.Places.IgnoreQueryFilters().SingleAsync())).Latitude.Should().Be(50.79);
    }

    [Fact]
    public async Task Bad_input_shows_field_errors_and_saves_nothing()
    {
        var (editor, place) = await AddedPlaceAsync();

        var bad = await editor.PostFormAsync($"/editor/places/{place.Id}", Form("", place.Version, latitude: "10"));

        bad.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await bad.ParseAsync();
        page.QuerySelector("[data-valmsg-for='Input.Name']")!.TextContent.Should().NotBeEmpty();
        page.QuerySelector("[data-valmsg-for='Input.Latitude']")!.TextContent.Should().NotBeEmpty();
        var stored = await _app.WithDbAsync(db => db.Places.IgnoreQueryFilters().SingleAsync());
        stored.Should().Match<Place>(p => p.Name == "Rozhivka" && p.Latitude == 50.78 && p.Version == place.Version);
    }

    [Fact]
    public async Task A_save_without_the_antiforgery_token_is_refused()
    {
        var (editor, place) = await AddedPlaceAsync();

        var response = await editor.PostAsync($"/editor/places/{place.Id}", new FormUrlEncodedContent(Form("Rozhivka", place.Version, latitude: "50.79")));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await _app.WithDbAsync(db => db.Places.IgnoreQueryFilters().SingleAsync())).Latitude.Should().Be(50.78);
    }

    [Fact]
    public async Task A_shipped_gazetteer_place_is_read_only_and_a_save_is_refused()
    {
        var apiEditor = await _app.ClientWithRolesAsync("api-editor", Roles.Editor);
        (await apiEditor.PostAsJsonAsync("/api/v1/strikes", new
        {
            date = "2024-01-06", datePrecision = "Day", oblast = "Donetsk", settlement = "Pokrovsk", locationPrecision = "Settlement",
            gazetteerKey = "704422", originStatus = "ReportedByOfficials", missileType = "kn-23", summary = "Strike on Pokrovsk.",
        })).StatusCode.Should().Be(HttpStatusCode.Created);
        var shipped = await _app.WithDbAsync(db => db.Places.IgnoreQueryFilters().SingleAsync());
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);

        var page = await (await editor.GetAsync($"/editor/places/{shipped.Id}")).ParseAsync();
        page.QuerySelector(".gazetteer-place")!.TextContent.Should().Contain("not edited here");
        page.QuerySelector("form.place-form").Should().BeNull();

        var posted = await editor.PostFormAsync($"/editor/places/{shipped.Id}", Form("Pokrovsk", shipped.Version, latitude: "48.5"), formUrl: "/editor/places/new");

        (await posted.Content.ReadAsStringAsync()).Should().Contain("comes from the shipped gazetteer");
        var stored = await _app.WithDbAsync(db => db.Places.IgnoreQueryFilters().SingleAsync());
        stored.Should().Match<Place>(p => p.Name == "Pokrovsk" && p.Latitude == shipped.Latitude && p.Oblast == shipped.Oblast);
    }

    [Fact]
    public async Task Once_published_only_a_reviewer_can_change_the_place()
    {
        var (editor, place) = await AddedPlaceAsync();
        var reviewer = await _app.SignedInClientAsync("reviewer", Roles.Reviewer);
        (await reviewer.PostFormAsync($"/editor/review/Place/{place.Id}/Publish", [], formUrl: "/editor/places")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var published = await _app.WithDbAsync(db => db.Places.IgnoreQueryFilters().SingleAsync());

        var byEditor = await editor.PostFormAsync($"/editor/places/{place.Id}", Form("Rozhivka", published.Version, latitude: "50.79"));
        (await byEditor.Content.ReadAsStringAsync()).Should().Contain("only a reviewer can change it");
        (await _app.WithDbAsync(db => db.Places.IgnoreQueryFilters().SingleAsync())).Latitude.Should().Be(50.78);

        (await reviewer.PostFormAsync($"/editor/places/{place.Id}", Form("Rozhivka", published.Version, latitude: "50.79"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await _app.WithDbAsync(db => db.Places.IgnoreQueryFilters().SingleAsync())).Latitude.Should().Be(50.79);
    }
}
