using System.Net.Http.Headers;
using System.Text;
using MissileTracker.Tests.Infrastructure;

namespace MissileTracker.Tests.AirForce;

/// <summary>
/// The hand-written Air Force fixture (Fixtures/airforce-reports.csv: the dataset's exact columns, no row of the real
/// dataset, whose licence is not established) and the multipart upload the import endpoint takes.
/// </summary>
public static class AirForceFixtures
{
    public static string FilePath => RepositoryFiles.PathOf("tests", "MissileTracker.Tests", "AirForce", "Fixtures", "airforce-reports.csv");

    public static string Csv => File.ReadAllText(FilePath);

    public const string Header = "time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,still_attacking,"
        + "border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,"
        + "destroyed_details,launched_details,launch_place_details,source";

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, string csv, string fileName = "airforce-reports.csv",
        bool dryRun = false, bool allWeapons = false, string? datasetVersion = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        if (dryRun)
        {
            form.Add(new StringContent("true"), "dryRun");
        }

        if (allWeapons)
        {
            form.Add(new StringContent("true"), "allWeapons");
        }

        if (datasetVersion is not null)
        {
            form.Add(new StringContent(datasetVersion), "datasetVersion");
        }

        return client.PostAsync("/api/v1/airforce/import", form);
    }
}
