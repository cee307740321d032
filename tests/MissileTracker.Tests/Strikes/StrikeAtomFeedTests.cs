using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Strikes;

namespace MissileTracker.Tests.Strikes;

/// <summary>The Atom feed, parsed with System.ServiceModel.Syndication (a real RFC 4287 reader).</summary>
public sealed class StrikeAtomFeedTests : IDisposable
{
    private readonly TrackerApp _app = new();
    private readonly HttpClient _client;

    public StrikeAtomFeedTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    private async Task<SyndicationFeed> LoadAsync(string query = "")
    {
        var response = await _client.GetAsync("/api/v1/strikes.atom" + query);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/atom+xml");
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { Async = true });
        var formatter = new Atom10FeedFormatter();
        formatter.CanRead(reader).Should().BeTrue("the document is an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    [Fact]
    public async Task Is_a_valid_atom_feed_with_an_entry_per_strike()
    {
        var feed = await LoadAsync();

        feed.Id.Should().EndWith("/api/v1/strikes.atom");
        feed.Title.Text.Should().StartWith("MissileTracker");
        feed.Authors.Should().ContainSingle().Which.Name.Should().Be("MissileTracker");
        feed.Links.Should().Contain(l => l.RelationshipType == "self" && l.Uri.AbsoluteUri.EndsWith("/api/v1/strikes.atom", StringComparison.Ordinal));
        var entries = feed.Items.ToList();
        entries.Should().HaveCount(3);
        entries.Should().OnlyContain(e => e.Id.StartsWith("urn:missiletracker:strike:", StringComparison.Ordinal));
        entries.Should().OnlyContain(e => e.Links.Any(l => l.RelationshipType == "alternate" && l.MediaType == "text/html"));
        entries.Should().OnlyContain(e => e.LastUpdatedTime > DateTimeOffset.MinValue && e.PublishDate > DateTimeOffset.MinValue);
        feed.LastUpdatedTime.Should().Be(entries.Max(e => e.LastUpdatedTime));
    }

    [Fact]
    public async Task Follows_a_filter_newest_change_first()
    {
        var older = await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 8, 1), Oblast.Kharkiv, "Kharkiv", weaponId: 1, summary: "First KN-23 strike"));
        await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 8, 2), Oblast.Kyiv, weaponId: 1));
        await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 8, 3), Oblast.Kharkiv, weaponId: 2));
        var newer = await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 7, 1), Oblast.Kharkiv, "Chuhuiv", weaponId: 1));

        var feed = await LoadAsync("?type=kn-23&oblast=Kharkiv");

        feed.Items.Select(e => e.Id).Should().Equal($"urn:missiletracker:strike:{newer.Id}", $"urn:missiletracker:strike:{older.Id}");
        feed.Title.Text.Should().Contain("type=kn-23").And.Contain("oblast=Kharkiv");
        var entry = feed.Items.Last();
        entry.Title.Text.Should().Contain("KN-23").And.Contain("Kharkiv");
        entry.Summary.Text.Should().Contain("First KN-23 strike");
        entry.Categories.Select(c => c.Name).Should().Contain(["kn-23", "Kharkiv"]);
    }

    [Fact]
    public async Task An_entry_is_published_when_the_strike_went_public_not_when_its_draft_was_entered()
    {
        var strike = await _app.AddAsync(Evidence.Strike(new DateOnly(2024, 8, 1), Oblast.Kharkiv, "Kharkiv"));
        var enteredAt = new DateTime(2024, 8, 2, 9, 0, 0, DateTimeKind.Utc);
        var publishedAt = new DateTime(2024, 8, 5, 14, 30, 0, DateTimeKind.Utc);
        await _app.WithDbAsync(db => db.Strikes.Where(s => s.Id == strike.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.CreatedAt, enteredAt).SetProperty(s => s.PublishedAt, publishedAt)));

        var entry = (await LoadAsync("?from=2024-08-01&to=2024-08-01")).Items.Should().ContainSingle().Subject;

        entry.PublishDate.Should().Be(new DateTimeOffset(publishedAt));
        entry.Title.Text.Should().StartWith("1 Aug 2024", "the title leads with the event's date");
        entry.Summary.Text.Should().EndWith("Strike date: 1 Aug 2024. Published in the tracker: 5 Aug 2024 14:30 UTC.");
    }

    [Fact]
    public async Task Entries_link_to_the_strike_page_json_and_the_sources()
    {
        var strike = Evidence.Strike(new DateOnly(2024, 8, 1), Oblast.Kharkiv, "Kharkiv");
        await _app.AddAsync(Evidence.Says(Evidence.Official(), strike, Evidence.Report("R", "Reuters", "https://www.reuters.com/x")));

        var entry = (await LoadAsync("?from=2024-08-01")).Items.Should().ContainSingle().Subject;

        entry.Links.Select(l => (l.RelationshipType, l.MediaType, Path: l.Uri.IsAbsoluteUri ? l.Uri.AbsolutePath : l.Uri.OriginalString)).Should().Contain(
            [("alternate", "text/html", $"/strikes/{strike.Id}"), ("alternate", "application/json", $"/api/v1/strikes/{strike.Id}")]);
        entry.Links.Should().Contain(l => l.RelationshipType == "related" && l.Uri == new Uri("https://www.reuters.com/x"));
    }

    [Fact]
    public async Task An_empty_feed_is_still_valid()
    {
        var feed = await LoadAsync("?oblast=Volyn");

        feed.Items.Should().BeEmpty();
        feed.LastUpdatedTime.Should().BeAfter(DateTimeOffset.UnixEpoch.AddTicks(-1));
    }

    [Fact]
    public async Task Holds_at_most_the_latest_fifty_changes()
    {
        await _app.AddRangeAsync(Enumerable.Range(0, StrikeAtomFeed.MaxEntries + 5).Select(i => (object)Evidence.Strike(new DateOnly(2023, 1, 1).AddDays(i))).ToArray());

        var feed = await LoadAsync();

        feed.Items.Should().HaveCount(StrikeAtomFeed.MaxEntries);
    }

    [Fact]
    [Trait("Provider", "SqliteOnly")] // PostgreSQL itself refuses U+0000 in text, so no such record can exist there.
    public async Task A_stored_nul_character_still_yields_a_complete_well_formed_feed() =>
        await ShouldYieldACompleteFeedWithAStoredAsync("\u0000");

    [Theory]
    [InlineData("\u000B")]
    [InlineData("\u0001")]
    [InlineData("\u001F")]
    public async Task A_stored_control_character_still_yields_a_complete_well_formed_feed(string character) =>
        await ShouldYieldACompleteFeedWithAStoredAsync(character);

    private async Task ShouldYieldACompleteFeedWithAStoredAsync(string character)
    {
        // Straight into the database, as a record stored before inputs refused control characters would be.
        var strike = Evidence.Strike(new DateOnly(2024, 9, 1), Oblast.Kharkiv, $"Khar{character}kiv", summary: $"Before{character}after");
        await _app.AddAsync(Evidence.Says(Evidence.Official($"Ivan{character}Petrenko"), strike, Evidence.Report("R", "Reuters", "https://www.reuters.com/y")));

        var feed = await LoadAsync();

        feed.Items.Should().HaveCount(4, "the feed goes on past the record to the end");
        var entry = feed.Items.Single(e => e.Id == $"urn:missiletracker:strike:{strike.Id}");
        entry.Title.Text.Should().Contain("Khar\uFFFDkiv", "what XML cannot carry is replaced, not dropped silently");
        entry.Summary.Text.Should().StartWith("Before\uFFFDafter").And.Contain("Ivan\uFFFDPetrenko");
    }
}
