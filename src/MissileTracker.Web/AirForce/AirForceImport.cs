namespace MissileTracker.Web.AirForce;

/// <summary>One run of <c>import-airforce</c> (or its upload): which file, which dataset version, and what it changed.</summary>
public sealed class AirForceImport
{
    public int Id { get; set; }

    /// <summary>The file's name as given (no directory).</summary>
    public string FileName { get; set; } = "";

    /// <summary>SHA-256 of the file's bytes, lower-case hex: which exact file was read.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>The dataset's version as the importer named it (e.g. a release tag or download date); null when not given.</summary>
    public string? DatasetVersion { get; set; }

    public DateTime ImportedAt { get; set; }

    public string ImportedBy { get; set; } = "";

    /// <summary>True when every row was taken, not only labels that can mean a North Korean missile.</summary>
    public bool AllWeapons { get; set; }

    /// <summary>Data rows in the file.</summary>
    public int RowsRead { get; set; }

    /// <summary>Rows left aside because their label cannot mean a North Korean missile (0 with <see cref="AllWeapons"/>).</summary>
    public int RowsSkipped { get; set; }

    public int RowsAdded { get; set; }
    public int RowsUpdated { get; set; }
    public int RowsUnchanged { get; set; }

    /// <summary>Stored rows the file no longer holds, flagged as vanished upstream (never deleted).</summary>
    public int RowsVanished { get; set; }
}
