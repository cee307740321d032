namespace MissileTracker.Web.Statements;

/// <summary>Whether the report prints the official's own words or retells them.</summary>
public enum QuoteKind
{
    /// <summary>The report quotes the official's words directly.</summary>
    Direct,

    /// <summary>The report paraphrases the official (indirect speech).</summary>
    Paraphrase,
}
