using CsvHelper;

namespace MissileTracker.Tests.Infrastructure;

/// <summary>Reads an export's CSV body into its header and rows (by column name), checking every row is as wide as the header.</summary>
public static class CsvText
{
    public static (IReadOnlyList<string> Header, List<Dictionary<string, string>> Rows) Parse(string csv)
    {
        using var reader = CsvReader.FromText(csv, new CsvReaderOptions());
        var header = reader.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            reader.FieldCount.Should().Be(header.Count, "every record has one field per column");
            rows.Add(header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => reader.GetString(c.index)));
        }

        return (header, rows);
    }
}
