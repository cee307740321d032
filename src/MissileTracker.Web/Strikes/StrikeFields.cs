using System.Text.Json;
using System.Text.Json.Nodes;
using MissileTracker.Web.Querying;

namespace MissileTracker.Web.Strikes;

/// <summary>
/// Sparse field sets (<c>fields=id,date,location</c>): the strike list can return only chosen
/// members of <see cref="StrikeSummary"/>, named as in its JSON. The id is always kept.
/// </summary>
public static class StrikeFields
{
    public static IReadOnlyList<string> Names { get; } = JsonNamesOf(typeof(StrikeSummary));

    public static IReadOnlyList<string> JsonNamesOf(Type type) =>
        type.GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToList();

    /// <summary>Each item as a JSON object holding only <paramref name="fields"/>.</summary>
    public static PagedResponse<JsonObject> Select(PagedResponse<StrikeSummary> page, IReadOnlySet<string> fields, JsonSerializerOptions options)
    {
        var items = page.Items.Select(item =>
        {
            var json = JsonSerializer.SerializeToNode(item, options)!.AsObject();
            foreach (var name in json.Select(p => p.Key).Where(k => !fields.Contains(k)).ToList())
            {
                json.Remove(name);
            }

            return json;
        }).ToList();
        return new PagedResponse<JsonObject>(items, page.Page, page.PageSize, page.Total, page.PageCount, page.Links);
    }
}
