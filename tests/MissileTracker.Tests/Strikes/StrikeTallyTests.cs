using System.Collections;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using MissileTracker.Tests.Infrastructure;
using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Querying;
using MissileTracker.Web.Strikes;
using Xunit;

namespace MissileTracker.Tests.Strikes;

/// <summary>
/// The count table the database keeps with triggers (<see cref="StrikeTally"/>) must count exactly what
/// <see cref="StrikeFilter.Where"/> counts over the strikes, after every kind of write: insert, publish, unpublish,
/// move in place, date, window and weapon, soft delete, restore, hard delete. Runs on both providers (each has its own triggers).
/// </summary>
public sealed class StrikeTallyTests
{
    private static readonly StrikeFilter[] Filters =
    [
        StrikeFilter.None,
        new() { Oblasts = [Oblast.Kharkiv] },
        new() { Oblasts = [Oblast.Kharkiv, Oblast.Sumy] },
        new() { From = new DateOnly(2025, 3, 10) },
        new() { To = new DateOnly(2025, 3, 10) },
        new() { From = new DateOnly(2025, 3, 10), To = new DateOnly(2025, 3, 20), Oblasts = [Oblast.Kharkiv] },
        new() { From = new DateOnly(2025, 4, 20) },
        new() { WeaponCodes = ["kn-23"] },
        new() { WeaponCodes = ["kn-23", "kn-24"], Oblasts = [Oblast.Sumy] },
        new() { WeaponCodes = ["kn-24"], From = new DateOnly(2025, 3, 1), To = new DateOnly(2025, 3, 31) },
    ];

    [Fact]
    public async Task Counts_from_the_tally_equal_counts_of_the_strikes_after_every_kind_of_write()
    {
        using var app = new TrackerApp(knownEvidence: false);
        var kharkiv = Evidence.Strike(new DateOnly(2025, 3, 10), Oblast.Kharkiv);
        var sumy = Evidence.Strike(new DateOnly(2025, 3, 10), Oblast.Sumy, weaponId: 2);
        var unknownPlace = Evidence.Strike(new DateOnly(2025, 3, 12));
        var draft = Evidence.Strike(new DateOnly(2025, 3, 15), Oblast.Kharkiv, publication: PublicationStatus.Draft);
        // A window that starts before the filters' 10 March and ends in it; and one of 40 days, longer than the editor
        // allows (a hand edit): StrikeFilter leaves it out of a range it only ends in, so the tally must too.
        var window = Evidence.Strike(new DateOnly(2025, 3, 1), Oblast.Kharkiv);
        window.EndsOn = new DateOnly(2025, 3, 11);
        var longWindow = Evidence.Strike(new DateOnly(2025, 3, 12), Oblast.Sumy, weaponId: 2);
        longWindow.EndsOn = new DateOnly(2025, 4, 21);
        var twin = Evidence.Strike(new DateOnly(2025, 3, 10), Oblast.Kharkiv);
        await app.AddRangeAsync(kharkiv, sumy, unknownPlace, draft, window, longWindow, twin);
        await CompareAsync(app, "after the inserts");

        await app.WithDbAsync(db => db.Strikes.StaffView().Where(s => s.Id == draft.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, PublicationStatus.Published)));
        await CompareAsync(app, "after publishing the draft");

        await app.WithDbAsync(async db =>
        {
            // Tracked updates, as the editor saves them (EF Core's own UPDATE statements).
            var moved = await db.Strikes.SingleAsync(s => s.Id == kharkiv.Id);
            moved.Oblast = Oblast.Sumy;
            moved.OccurredOn = new DateOnly(2025, 3, 20);
            moved.WeaponId = 2;
            var widened = await db.Strikes.SingleAsync(s => s.Id == twin.Id);
            widened.EndsOn = new DateOnly(2025, 3, 14);
            var placed = await db.Strikes.SingleAsync(s => s.Id == unknownPlace.Id);
            placed.Oblast = Oblast.Kharkiv;
            await db.SaveChangesAsync();
        });
        await CompareAsync(app, "after moving strikes in place, date, weapon and window");

        await app.WithDbAsync(db => db.Strikes.Where(s => s.Id == sumy.Id || s.Id == window.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.DeletedAt, DateTime.UtcNow)));
        await app.WithDbAsync(db => db.Strikes.Where(s => s.Id == longWindow.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, PublicationStatus.Draft)));
        await CompareAsync(app, "after deleting two strikes and unpublishing one");

        await app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().Where(s => s.Id == sumy.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.DeletedAt, (DateTime?)null)));
        await app.WithDbAsync(db => db.Strikes.IgnoreQueryFilters().Where(s => s.Id == window.Id || s.Id == draft.Id).ExecuteDeleteAsync());
        await CompareAsync(app, "after restoring one and removing two for good");

        var rows = await app.WithDbAsync(db => db.StrikeTallies.AsNoTracking().ToListAsync());
        rows.Should().NotBeEmpty().And.OnlyContain(t => t.Count > 0, "a key no public strike has any more is removed");
    }

    [Fact]
    public void Only_date_oblast_and_weapon_filters_are_answered_from_the_tally()
    {
        StrikeTallies.Answer(new StrikeFilter { From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 2, 1), Oblasts = [Oblast.Kyiv], WeaponCodes = ["kn-23"], Sort = StrikeSort.DateAscending })
            .Should().BeTrue();
        StrikeTallies.Answer(new StrikeFilter { Text = "  " }).Should().BeTrue("blank text has no terms");

        // Every other filter, present and future: a property added to StrikeFilter is refused until the tally can answer it.
        string[] answered = [nameof(StrikeFilter.From), nameof(StrikeFilter.To), nameof(StrikeFilter.Oblasts), nameof(StrikeFilter.WeaponCodes), nameof(StrikeFilter.Sort)];
        var others = typeof(StrikeFilter).GetProperties().Where(p => p.CanWrite && p.Name != "EqualityContract" && !answered.Contains(p.Name)).ToList();
        others.Should().HaveCountGreaterThan(10);
        foreach (var property in others)
        {
            var filter = StrikeFilter.None with { };
            property.SetValue(filter, SomeValue(property.PropertyType));
            StrikeTallies.Answer(filter).Should().BeFalse($"a filter by {property.Name} needs the strikes themselves");
        }
    }

    private static object SomeValue(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return "word";
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = underlying.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(element == typeof(string) ? "word" : Activator.CreateInstance(element));
            return list;
        }

        return underlying == typeof(bool) ? true : underlying == typeof(DateTime) ? DateTime.UtcNow : Activator.CreateInstance(underlying)!;
    }

    private static async Task CompareAsync(TrackerApp app, string when)
    {
        await app.WithDbAsync(async db =>
        {
            foreach (var filter in Filters)
            {
                StrikeTallies.Answer(filter).Should().BeTrue();
                var counted = await filter.Where(db.Strikes.AsNoTracking(), TextMatchFor.Database(db)).CountAsync();
                var summed = await StrikeTallies.Matching(db, filter).SumAsync(t => t.Count);
                summed.Should().Be(counted, $"{when}, the tally must count {Describe(filter)} as the strikes do");

                var byDate = await filter.Where(db.Strikes.AsNoTracking()).GroupBy(s => s.OccurredOn).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
                var tallied = await StrikeTallies.Matching(db, filter).GroupBy(t => t.OccurredOn).Select(g => new { g.Key, Count = g.Sum(t => t.Count) }).ToListAsync();
                tallied.Should().BeEquivalentTo(byDate, $"{when}, per day, for {Describe(filter)}");
            }
        });
    }

    private static string Describe(StrikeFilter filter) =>
        $"from {filter.From} to {filter.To}, oblasts [{string.Join(", ", filter.Oblasts)}], weapons [{string.Join(", ", filter.WeaponCodes)}]";
}
