using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Data.Reference;
using MissileTracker.Web.Places;

namespace MissileTracker.Tests.Data.Reference;

/// <summary>
/// Nothing in the shipped dataset is invented: every URL and every date in the files appears in the notes it was built
/// from (the copy of shared/sources/record.md checked in beside them), every key a record names exists, and every
/// published strike has a report with an outlet and a URL.
/// </summary>
public sealed partial class ReferenceSourcesTests
{
    private static readonly string Record = File.ReadAllText(RepositoryFiles.PathOf("src", "MissileTracker.Web", "Data", "Reference", "Sources", "record.md"));

    /// <summary>Every string value in the five files, with its JSON path, read as plain JSON (not through the app's types).</summary>
    private static IEnumerable<(string Path, string Value)> Strings() =>
        ReferenceDataset.FileNames.SelectMany(name =>
        {
            using var document = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("src", "MissileTracker.Web", "Data", "Reference", name)));
            return Walk(name, document.RootElement).ToList();
        });

    [Fact]
    public void Every_URL_appears_in_the_record_verbatim_without_its_scheme()
    {
        var urls = Strings().Where(s => s.Path.EndsWith(".url", StringComparison.Ordinal)).ToList();

        urls.Should().HaveCountGreaterThan(30);
        foreach (var (path, url) in urls)
        {
            url.Should().StartWith("https://", path);
            Record.Should().Contain(url["https://".Length..], $"{path} must be an address the notes give");
        }
    }

    /// <summary>
    /// A date counts as appearing when the notes write it as "30 Dec 2023" or as part of a night "5–6 Aug 2024". Dates
    /// are the values of date fields (yyyy-MM-dd); a time (HH:mm) must appear as written. Notes and quotes are prose and
    /// may name further dates in the notes' own words; they are not parsed.
    /// </summary>
    [Fact]
    public void Every_date_and_time_appears_in_the_record()
    {
        var dates = Strings().Where(s => IsoDate().IsMatch(s.Value)).ToList();
        var times = Strings().Where(s => ClockTime().IsMatch(s.Value)).ToList();

        dates.Should().HaveCountGreaterThan(40);
        foreach (var (path, text) in dates)
        {
            var date = DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var month = date.ToString("MMM yyyy", CultureInfo.InvariantCulture);
            var written = new Regex($@"(?<![0-9–]){date.Day} {month}|(?<![0-9]){date.Day}–\d+ {month}|(?<![0-9])\d+–{date.Day} {month}");
            written.IsMatch(Record).Should().BeTrue($"{path} = {text} must be a date the notes give (as \"{date.Day} {month}\")");
        }

        times.Should().NotBeEmpty();
        foreach (var (path, time) in times)
        {
            Record.Should().Contain(time, path);
        }
    }

    [Fact]
    public void Every_strike_has_a_report_with_an_outlet_and_a_URL()
    {
        var data = ReferenceDataset.Shipped;
        var reports = data.Reports.ToDictionary(r => r.Key);

        foreach (var strike in data.Strikes)
        {
            strike.Reports.Select(k => reports[k]).Should().Contain(r => !string.IsNullOrWhiteSpace(r.Outlet) && r.Url != null, strike.Key);
        }
    }

    [Fact]
    public void Every_key_is_unique_and_every_reference_names_a_record_of_an_earlier_file()
    {
        var data = ReferenceDataset.Shipped;
        var keys = data.Keys.ToList();
        var reports = data.Reports.Select(r => r.Key).ToHashSet();
        var strikes = data.Strikes.Select(s => s.Key).ToHashSet();
        var speakers = data.Officials.Select(o => o.Key).ToHashSet();

        keys.Should().OnlyHaveUniqueItems();
        keys.Should().OnlyContain(k => StableKey().IsMatch(k));
        data.Strikes.SelectMany(s => s.Reports).Should().BeSubsetOf(reports);
        foreach (var statement in data.Statements.Concat(data.Claims))
        {
            statement.Reports.Should().NotBeEmpty(statement.Key).And.BeSubsetOf(reports, statement.Key);
            (statement.Strikes ?? []).Select(s => s.Strike).Should().BeSubsetOf(strikes, statement.Key);
            (statement.Speaker is null ? statement.Organisation : statement.Speaker).Should().NotBeNull(statement.Key);
            if (statement.Speaker is { } speaker)
            {
                speakers.Should().Contain(speaker, statement.Key);
            }

            ((statement.Strikes?.Count ?? 0) > 0 || statement.Claim is not null).Should().BeTrue($"{statement.Key} is about a strike or is a claim");
        }

        data.Claims.Should().OnlyContain(c => c.Claim != null && c.Strikes == null);
        foreach (var evidence in data.Evidence)
        {
            strikes.Should().Contain(evidence.Strike, evidence.Key);
            evidence.Reports.Should().NotBeEmpty(evidence.Key).And.BeSubsetOf(reports, evidence.Key);
            (evidence.Examiner ?? evidence.ExaminedBy).Should().NotBeNull(evidence.Key);
            if (evidence.Examiner is { } examiner)
            {
                speakers.Should().Contain(examiner, evidence.Key);
            }
        }
    }

    [Fact]
    public void Every_place_is_the_gazetteer_entry_it_names()
    {
        foreach (var strike in ReferenceDataset.Shipped.Strikes)
        {
            var places = (strike.Place.GazetteerKey is { } key ? [(key, strike.Place.GazetteerName)] : new List<(string, string?)>())
                .Concat((strike.OtherPlaces ?? []).Select(p => (p.GazetteerKey, (string?)p.GazetteerName)));
            foreach (var (gazetteerKey, name) in places)
            {
                var entry = Gazetteer.Shipped.Find(gazetteerKey);
                entry.Should().NotBeNull(strike.Key);
                entry!.Name.Should().Be(name, strike.Key);
                if (strike.Place.Oblast is { } oblast && gazetteerKey == strike.Place.GazetteerKey)
                {
                    entry.Oblast.Should().Be(oblast, strike.Key);
                }
            }
        }
    }

    [Fact]
    public void A_report_without_a_URL_says_why()
    {
        ReferenceDataset.Shipped.Reports.Where(r => r.Url is null).Should().OnlyContain(r => !string.IsNullOrWhiteSpace(r.UrlNote));
    }

    private static IEnumerable<(string Path, string Value)> Walk(string path, JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Walk($"{path}.{p.Name}", p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((e, i) => Walk($"{path}[{i}]", e)),
        JsonValueKind.String => [(path, element.GetString()!)],
        _ => [],
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{2}:\d{2}$")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^(official|report|strike|statement|claim|evidence):[a-z0-9][a-z0-9-]*$")]
    private static partial Regex StableKey();
}
