using System.Net;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Places;

/// <summary>The strike form adds and removes further places (rows bound through Input.OtherPlaces.Index, as place-picker.js writes them).</summary>
public sealed class StrikeFormPlacesTests : IDisposable
{
    private readonly TrackerApp _app = new(knownEvidence: false);

    public void Dispose() => _app.Dispose();

    private static List<KeyValuePair<string, string>> Pokrovsk(string version, params (string Index, string Field, string Value, string Precision)[] others)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Date", "2024-01-06"), new("Input.DatePrecision", "Day"), new("Input.LocationPrecision", "Settlement"),
            new("Input.Oblast", "Donetsk"), new("Input.Settlement", "Pokrovsk"), new("Input.GazetteerKey", "704422"),
            new("Input.MissileType", "kn-23"), new("Input.OriginStatus", "ReportedByOfficials"), new("Input.Version", version),
            new("Input.Summary", "Criminal proceedings over the shelling of Pokrovsk and the villages of Hryshyne, Zvirove and Rivne."),
        };
        foreach (var (index, field, value, precision) in others)
        {
            // Indexes as the script writes them: unique, not contiguous (a removed row leaves a gap).
            fields.Add(new("Input.OtherPlaces.Index", index));
            fields.Add(new($"Input.OtherPlaces[{index}].{field}", value));
            fields.Add(new($"Input.OtherPlaces[{index}].Precision", precision));
        }

        return fields;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, List<KeyValuePair<string, string>> fields)
    {
        var token = await client.AntiforgeryTokenAsync(url);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    private Task<List<(string Name, int Position, LocationPrecision Precision)>> PlacesAsync() =>
        _app.WithDbAsync(async db => (await db.StrikePlaces.IgnoreQueryFilters().OrderBy(p => p.Position)
            .Select(p => new { p.Place.Name, p.Position, p.Precision }).ToListAsync()).Select(p => (p.Name, p.Position, p.Precision)).ToList());

    [Fact]
    public async Task An_editor_adds_villages_to_a_strike_and_removes_one()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);

        var created = await PostAsync(editor, "/editor/strikes", Pokrovsk("", ("3", "GazetteerKey", "708060", "Settlement"), ("7", "GazetteerKey", ZviroveKey(), "District")));
        created.StatusCode.Should().Be(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        (await PlacesAsync()).Should().Equal(("Pokrovsk", 0, LocationPrecision.Settlement), ("Hryshyne", 1, LocationPrecision.Settlement), ("Zvirove", 2, LocationPrecision.District));

        // The edit page shows each further place with its precision, bound by its stored place id.
        var editUrl = created.Headers.Location!.ToString();
        var (_, page) = await editor.GetPageAsync(editUrl);
        var rows = page.QuerySelectorAll(".further-place-list .further-place");
        rows.Select(r => r.QuerySelector(".further-place-name")!.TextContent).Should().Equal("Hryshyne (Pokrovsk Raion, Donetsk Oblast)", "Zvirove (Pokrovsk Raion, Donetsk Oblast)");
        rows[1].QuerySelector("select option[selected]")!.GetAttribute("value").Should().Be("District");
        var hryshyneId = rows[0].QuerySelector("input[name='Input.OtherPlaces[0].PlaceId']")!.GetAttribute("value");
        var version = await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().Select(s => s.Version).SingleAsync());

        // Removing Zvirove's row posts only Hryshyne's.
        var saved = await PostAsync(editor, editUrl, Pokrovsk(version.ToString(System.Globalization.CultureInfo.InvariantCulture), ("0", "PlaceId", hryshyneId!, "Settlement")));
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        (await PlacesAsync()).Select(p => p.Name).Should().Equal("Pokrovsk", "Hryshyne");

        // No rows at all: every further place is removed (the form always posts the full set).
        version = await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().Select(s => s.Version).SingleAsync());
        (await PostAsync(editor, editUrl, Pokrovsk(version.ToString(System.Globalization.CultureInfo.InvariantCulture)))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await PlacesAsync()).Select(p => p.Name).Should().Equal("Pokrovsk");
    }

    [Fact]
    public async Task An_unknown_further_place_is_a_field_error_and_nothing_is_saved()
    {
        var editor = await _app.SignedInClientAsync("editor", Roles.Editor);

        var response = await PostAsync(editor, "/editor/strikes", Pokrovsk("", ("0", "GazetteerKey", "no-such-place", "Settlement")));
        var page = await response.ParseAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("[data-valmsg-for='Input.OtherPlaces[0]']")!.TextContent.Should().NotBeEmpty();
        page.QuerySelectorAll(".further-place-list .further-place").Should().ContainSingle().Which.TextContent.Should().Contain("Unknown place");
        (await _app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().CountAsync())).Should().Be(0);
    }

    private static string ZviroveKey() => Web.Places.Gazetteer.Shipped.Named("Zvirove").Single(p => p.Oblast == Web.Geography.Oblast.Donetsk).Key;
}
