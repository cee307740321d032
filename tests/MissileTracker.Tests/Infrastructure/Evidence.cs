using MissileTracker.Tests.Builders;
using MissileTracker.Web.Data;
using MissileTracker.Web.Geography;
using MissileTracker.Web.Officials;
using MissileTracker.Web.Publishing;
using MissileTracker.Web.Reports;
using MissileTracker.Web.Statements;
using MissileTracker.Web.Strikes;
using Microsoft.EntityFrameworkCore;

namespace MissileTracker.Tests.Infrastructure;

/// <summary>Small builders for test evidence; each test states only what it cares about.</summary>
public static class Evidence
{
    public static Strike Strike(
        DateOnly date,
        Oblast? oblast = null,
        string? settlement = null,
        int weaponId = 1,
        OriginStatus status = OriginStatus.ReportedByOfficials,
        string summary = "Test strike",
        int? killed = null,
        int? injured = null,
        (double Latitude, double Longitude)? at = null,
        string? district = null,
        PublicationStatus publication = PublicationStatus.Published)
        => new()
        {
            Status = publication,
            OccurredOn = date,
            DatePrecision = DatePrecision.Day,
            Oblast = oblast,
            District = district,
            Settlement = settlement,
            Latitude = at?.Latitude,
            Longitude = at?.Longitude,
            LocationPrecision = oblast is null ? LocationPrecision.NotReported : settlement is null ? LocationPrecision.Oblast : LocationPrecision.Settlement,
            WeaponId = weaponId,
            OriginStatus = status,
            Summary = summary,
            Killed = killed,
            Injured = injured,
        };

    public static Official Official(string name = "Test Official") =>
        new() { Name = name, Role = "Spokesperson", Organisation = "Test Ministry", Country = "Ukraine" };

    public static Report Report(string title = "Test report", string outlet = "Test Outlet", string? url = null, DateOnly? publishedOn = null,
        string language = "en", PublicationStatus publication = PublicationStatus.Published) =>
        new() { Title = title, Outlet = outlet, Url = url is null ? null : new Uri(url), PublishedOn = publishedOn, Language = language, Status = publication };

    /// <summary>A statement by <paramref name="official"/> about <paramref name="strike"/>, published in <paramref name="report"/>.</summary>
    public static Statement Says(Official official, Strike strike, Report report, int? killed = null, int? injured = null, DateOnly? on = null, string quote = "Quoted words", string? organisation = null)
    {
        var statement = new Statement { Official = official, Organisation = organisation ?? official.Organisation, Quote = quote, StatedOn = on, Status = PublicationStatus.Published };
        statement.Strikes.Add(new StatementStrike { Strike = strike, Killed = killed, Injured = injured });
        statement.Reports.Add(new StatementReport { Report = report });
        strike.Reports.Add(new StrikeReport { Report = report });
        return statement;
    }

    public static async Task<T> AddAsync<T>(this TrackerApp app, T entity)
        where T : class
    {
        await app.WithDbAsync(async db =>
        {
            db.Add(entity);
            await db.SaveChangesAsync();
        });
        return entity;
    }

    public static async Task AddRangeAsync(this TrackerApp app, params object[] entities) =>
        await app.WithDbAsync(async db =>
        {
            db.AddRange(entities);
            await db.SaveChangesAsync();
        });

    public static Task<int> StrikeIdOnAsync(this TrackerApp app, DateOnly date) =>
        app.WithDbAsync(db => db.Strikes.Where(s => s.OccurredOn == date).Select(s => s.Id).SingleAsync());

    /// <summary>The known evidence's Kharkiv strike (<see cref="KnownEvidence"/>) as the public API returns it.</summary>
    public static async Task<StrikeDetail> GetKnownKharkivAsync(this TrackerApp app)
    {
        var id = await app.StrikeIdOnAsync(KnownEvidence.KharkivDay);
        return await app.CreateClient().GetJsonAsync<StrikeDetail>($"/api/v1/strikes/{id}");
    }
}
