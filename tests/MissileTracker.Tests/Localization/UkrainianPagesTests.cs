using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using MissileTracker.Tests.AirForce;
using MissileTracker.Tests.Builders;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Tests.Releases;
using MissileTracker.Web.Accounts;
using MissileTracker.Web.Evidence;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Places;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Releases;
using MissileTracker.Web.Sources;

namespace MissileTracker.Tests.Localization;

/// <summary>
/// Ukrainian pages show no untranslated UI text: no text node or label attribute equals an English key of the shared
/// resource (whose Ukrainian differs), apart from names that stay as they are.
/// </summary>
public sealed class UkrainianPagesTests : IDisposable
{
    // Words that are the same in both languages, or that the pages show as data (names, codes).
    private static readonly HashSet<string> Allowlist = ["API", "URL", "CSV", "GeoJSON", "JSON", "KN-23", "KN-24", "Hwasong-11", "PDF", "SHA-256", "MissileTracker",
        // Data, not UI: a known official's role is recorded as "Official".
        "Official"];

    // A release directory of its own, so the staff pages' release (AddStaffDataAsync) is written where it is cleaned up.
    private readonly ReleaseTestApp _releases = new();

    private TrackerApp App => _releases.App;

    public void Dispose() => _releases.Dispose();

    public static TheoryData<string> Pages() =>
    [
        "/uk/",
        "/uk/?oblast=Kharkiv&from=2024-01-01",
        "/uk/map",
        "/uk/stats",
        $"/uk/strikes/{KnownEvidence.KharkivStrikeId}",
        "/uk/officials",
        $"/uk/officials/{KnownEvidence.KirbyId}",
        "/uk/reports",
        "/uk/reports/1",
        "/uk/claims",
        "/uk/airforce",
        "/uk/methodology",
        "/uk/releases",
        "/uk/statements/1/history",
        "/uk/account/login",
        "/uk/no-such-page",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_Ukrainian_page_has_no_untranslated_UI_text(string url)
    {
        var english = TranslationCoverageTests.Translations()
            .Where(t => t.Key != t.Value && !Allowlist.Contains(t.Key) && t.Key.Length > 2 && !t.Key.Contains('{', StringComparison.Ordinal))
            .Select(t => t.Key).ToHashSet(StringComparer.Ordinal);

        var (response, page) = await App.CreateClient().GetPageAsync(url);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.NotFound);
        page.DocumentElement.GetAttribute("lang").Should().Be("uk");
        var untranslated = Texts(page).Where(english.Contains).Distinct().ToList();
        var where = page.Body!.Descendants().OfType<IText>().Where(t => untranslated.Contains(t.Text.Trim())).Select(t => t.ParentElement?.ParentElement?.OuterHtml);
        untranslated.Should().BeEmpty($"{url} is in Ukrainian; found in {string.Join(" | ", where)}");
        page.Title.Should().NotBeNullOrWhiteSpace();
    }

    // Headings, labels, buttons, legends and table headers are UI, never data: each must read in Ukrainian.
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_Ukrainian_page_has_no_English_headings_labels_or_buttons(string url)
    {
        var (_, page) = await App.CreateClient().GetPageAsync(url);

        EnglishUiElements(page).Should().BeEmpty(url);
    }

    /// <summary>
    /// Staff pages in Ukrainian, read by a signed-in editor, reviewer and admin, with something to list on each
    /// (<see cref="AddStaffDataAsync"/>: {place} and {evidence} stand for the ids it stores).
    /// </summary>
    public static TheoryData<string> StaffPages() =>
    [
        "/uk/editor",
        // The editor forms, new and filled in from the reference data (KnownEvidence: report 1 covers the Kharkiv strike; statement 1 quotes it).
        "/uk/editor/strikes",
        $"/uk/editor/strikes?reportId=1",
        $"/uk/editor/strikes/{KnownEvidence.KharkivStrikeId}",
        "/uk/editor/statements?reportId=1",
        "/uk/editor/statements/1",
        "/uk/editor/reports/new",
        "/uk/editor/reports/1",
        $"/uk/editor/review/merge/{KnownEvidence.KharkivStrikeId}",
        "/uk/editor/review/releases",
        "/uk/editor/places/new",
        "/uk/editor/links",
        $"/uk/editor/evidence?strikeId={KnownEvidence.KharkivStrikeId}",
        "/uk/editor/airforce",
        "/uk/editor/airforce/links?decided=true",
        "/uk/account/tokens",
        "/uk/admin/users",
        "/uk/editor/places",
        "/uk/editor/places/{place}",
        "/uk/editor/evidence/{evidence}",
    ];

    [Theory]
    [MemberData(nameof(StaffPages))]
    public Task A_Ukrainian_staff_page_has_no_untranslated_UI_text(string url) =>
        StaffPageShouldBeInUkrainianAsync(url, Roles.Editor, Roles.Reviewer, Roles.Admin);

    [Fact]
    public async Task The_admins_create_account_form_reports_the_password_and_email_rules_in_Ukrainian()
    {
        var admin = await App.SignedInClientAsync("uk-admin", Roles.Admin);

        var weak = await (await admin.PostFormAsync("/uk/admin/users?handler=Create", new()
        {
            ["Input.Email"] = "new-editor@example.org", ["Input.Password"] = "aaaaaaaaaaab", ["Input.Roles"] = Roles.Editor,
        }, "/uk/admin/users")).ParseAsync();
        var taken = await (await admin.PostFormAsync("/uk/admin/users?handler=Create", new()
        {
            ["Input.Email"] = "uk-admin@example.org", ["Input.Password"] = "four unrelated words here", ["Input.Roles"] = Roles.Editor,
        }, "/uk/admin/users")).ParseAsync();

        weak.QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent.Should().Be("Пароль має містити щонайменше 6 різних символів.");
        taken.QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent.Should().Contain("«uk-admin@example.org» уже");
        (await App.WithDbAsync(db => Task.FromResult(db.Users.Count(u => u.Email == "new-editor@example.org")))).Should().Be(0);
    }

    private async Task StaffPageShouldBeInUkrainianAsync(string url, params string[] roles)
    {
        var client = await App.SignedInClientAsync("uk-editor", roles);
        var ids = await AddStaffDataAsync("uk-editor@example.org");
        url = url.Replace("{place}", ids.PlaceId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{evidence}", ids.EvidenceId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var (response, page) = await client.GetPageAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        ShouldBeInUkrainian(url, page);
    }

    /// <summary>
    /// What the staff pages list: an editor-added draft place, a draft evidence record with a photo, a broken link, an
    /// Air Force import with its candidate links, a release, and an API token of <paramref name="email"/>.
    /// </summary>
    private async Task<(int PlaceId, int EvidenceId)> AddStaffDataAsync(string email)
    {
        var api = await App.ClientWithRolesAsync("uk-api", Roles.Editor, Roles.Reviewer);
        var placeId = await App.WithDbAsync(async db =>
        {
            var place = new Place { Name = "Testivka", NameUk = "Тестівка", Oblast = Oblast.Kyiv, Latitude = 50.7, Longitude = 31.0, EditorAdded = true, Status = PublicationStatus.Draft };
            db.Places.Add(place);
            db.LinkChecks.Add(new LinkCheck { ReportId = 1, CheckedAt = DateTime.UtcNow, StatusCode = 404, Broken = true });
            await db.SaveChangesAsync();
            return place.Id;
        });
        var evidence = await api.PostAsJsonAsync("/api/v1/evidence", new Dictionary<string, object?>
        {
            ["strikeId"] = KnownEvidence.KharkivStrikeId, ["component"] = "missile remnants", ["examinedBy"] = "UN Panel of Experts",
            ["finding"] = "Hwasong-11 series", ["custody"] = new object[] { new { holder = "Kharkiv police" } },
        });
        evidence.StatusCode.Should().Be(HttpStatusCode.Created, await evidence.Content.ReadAsStringAsync());
        var evidenceId = (await evidence.ReadJsonAsync<EvidenceDto>()).Id;
        (await api.ImportAsync(AirForceFixtures.Csv)).StatusCode.Should().Be(HttpStatusCode.OK);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<ReleaseWriter>().CreateAsync("2026.12", null, null, "test", CancellationToken.None)).Should().NotBeNull();
        }

        await App.CreateTokenAsync(email);
        return (placeId, evidenceId);
    }

    internal static void ShouldBeInUkrainian(string url, IDocument page)
    {
        var english = TranslationCoverageTests.Translations()
            .Where(t => t.Key != t.Value && !Allowlist.Contains(t.Key) && t.Key.Length > 2 && !t.Key.Contains('{', StringComparison.Ordinal))
            .Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        page.DocumentElement.GetAttribute("lang").Should().Be("uk");
        Texts(page).Where(english.Contains).Distinct().Should().BeEmpty($"{url} is in Ukrainian");
        EnglishUiElements(page).Should().BeEmpty(url);
    }

    // An element reads as English when it has a Latin word of three letters or more outside the allowlist and no Cyrillic.
    private static IEnumerable<string> EnglishUiElements(IDocument page) =>
        page.Body!.QuerySelectorAll("h1, h2, h3, label, button, legend, th, summary, .btn")
            .Where(e => e.Closest("[lang='en'], [translate='no'], .data-value") is null)
            .Select(e => e.TextContent.Trim())
            .Where(text => !text.Any(c => c is >= '\u0400' and <= '\u04FF')
                && System.Text.RegularExpressions.Regex.Matches(text, "[A-Za-z][A-Za-z-]{2,}").Any(m => !Allowlist.Contains(m.Value)))
            .Distinct();

    [Fact]
    public async Task Dates_figures_and_oblasts_are_in_Ukrainian_on_the_Ukrainian_strike_page()
    {
        var client = App.CreateClient();

        var (_, uk) = await client.GetPageAsync($"/uk/strikes/{KnownEvidence.KharkivStrikeId}");
        var (_, en) = await client.GetPageAsync($"/strikes/{KnownEvidence.KharkivStrikeId}");

        en.QuerySelector("h1")!.TextContent.Should().Contain("Jan 2024").And.Contain("Kharkiv Oblast");
        uk.QuerySelector("h1")!.TextContent.Should().Contain("2024").And.Contain("Харківська область").And.NotContain("Jan");
        uk.QuerySelector("h2#details-heading")!.TextContent.Should().Be("Подробиці");
    }

    [Fact]
    public async Task Form_validation_messages_on_a_Ukrainian_page_are_Ukrainian()
    {
        var client = App.CreateClient();
        var (_, form) = await client.GetPageAsync("/uk/account/login");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync("/uk/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = "",
            ["Input.Password"] = "",
        }));
        var page = await response.ParseAsync();

        page.QuerySelector("label[for=Input_Email]")!.TextContent.Should().Be("Електронна пошта");
        page.QuerySelector("[data-valmsg-for='Input.Email']")!.TextContent.Should().Be("Поле «Електронна пошта» обов'язкове.");
    }

    [Fact]
    public async Task A_bad_field_on_a_Ukrainian_staff_form_shows_the_Ukrainian_field_error_and_stays_in_Ukrainian()
    {
        var editor = await App.SignedInClientAsync("uk-places", Roles.Editor);

        var response = await editor.PostFormAsync("/uk/editor/places/new", new()
        {
            ["Input.Name"] = "", ["Input.Oblast"] = "Kyiv", ["Input.Latitude"] = "60", ["Input.Longitude"] = "31.03",
        });
        var page = await response.ParseAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the form is shown again with its errors, nothing stored");
        page.DocumentElement.GetAttribute("lang").Should().Be("uk");
        response.RequestMessage!.RequestUri!.AbsolutePath.Should().Be("/uk/editor/places/new");
        page.QuerySelector("form.place-form")!.HasAttribute("action").Should().BeFalse("the form posts back to the Ukrainian address it was shown at");
        page.QuerySelector("label[for=Input_Name]")!.TextContent.Should().Be("Назва (англійська транслітерація)");
        page.QuerySelector("[data-valmsg-for='Input.Name']")!.TextContent.Should().Be("Поле «Назва (англійська транслітерація)» обов'язкове.");
        page.QuerySelector("[data-valmsg-for='Input.Latitude']")!.TextContent.Should().Be("Значення поля «Широта» має бути від 44 до 53.");
        ShouldBeInUkrainian("/uk/editor/places/new", page);
        (await App.WithDbAsync(db => Task.FromResult(db.Places.Count(p => p.EditorAdded)))).Should().Be(0);
    }

    [Fact]
    public async Task A_reviewer_action_on_a_Ukrainian_page_reports_back_in_Ukrainian_and_signing_out_stays_in_Ukrainian()
    {
        var reviewer = await App.SignedInClientAsync("uk-reviewer", Roles.Editor, Roles.Reviewer);

        var published = await reviewer.PostFormAsync("/uk/editor/review/publish", [], formUrl: "/uk/editor");
        published.Headers.Location!.OriginalString.Should().Be("/uk/editor");
        var (_, desk) = await reviewer.GetPageAsync("/uk/editor");
        desk.QuerySelector("[role=status]")!.TextContent.Should().Contain("Нічого не опубліковано: не вибрано жодної чернетки.");

        var signedOut = await reviewer.PostFormAsync("/uk/account/logout", [], formUrl: "/uk/editor");
        signedOut.Headers.Location!.OriginalString.Should().BeOneOf("/uk", "/uk/");
    }

    // Text nodes and the attributes people read (labels for screen readers, placeholders, tooltips), trimmed.
    private static IEnumerable<string> Texts(IDocument page)
    {
        var body = page.Body!;
        foreach (var node in body.Descendants().OfType<IText>())
        {
            // Code, and values marked as data (stored values, names) that read the same in both languages.
            if (node.ParentElement?.LocalName is "script" or "style" or "code" || node.ParentElement?.Closest("[translate='no']") is not null)
            {
                continue;
            }
            yield return node.Text.Trim().TrimEnd(':').Trim();
            yield return node.Text.Trim();
        }
        foreach (var element in body.Descendants<IElement>())
        {
            foreach (var attribute in new[] { "aria-label", "placeholder", "title" })
            {
                if (element.GetAttribute(attribute) is { } value)
                {
                    yield return value.Trim();
                }
            }
        }
        yield return page.Title ?? "";
    }
}
