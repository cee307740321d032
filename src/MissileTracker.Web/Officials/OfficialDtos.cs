using MissileTracker.Web.Statements;

namespace MissileTracker.Web.Officials;

/// <summary>A reference to an official.</summary>
/// <param name="Id">The official's id (<c>/api/v1/officials/{id}</c>).</param>
/// <param name="Name">Full name.</param>
public sealed record OfficialRef(int Id, string Name)
{
    public static OfficialRef From(Official o) => new(o.Id, o.Name);
}

/// <summary>An official in the list.</summary>
/// <param name="Id">The official's id.</param>
/// <param name="Name">Full name.</param>
/// <param name="OtherNames">Other spellings seen in reporting.</param>
/// <param name="Role">Title or role as reported.</param>
/// <param name="Organisation">Organisation.</param>
/// <param name="Country">Country.</param>
/// <param name="StatementCount">Number of recorded statements.</param>
public sealed record OfficialSummary(int Id, string Name, string? OtherNames, string Role, string Organisation, string Country, int StatementCount);

/// <summary>An official and everything they are recorded as saying, newest first.</summary>
/// <param name="Id">The official's id.</param>
/// <param name="Name">Full name.</param>
/// <param name="OtherNames">Other spellings seen in reporting.</param>
/// <param name="Role">Title or role as reported.</param>
/// <param name="Organisation">Organisation.</param>
/// <param name="Country">Country.</param>
/// <param name="Statements">Their statements; undated ones last.</param>
/// <param name="Version">Concurrency version: send it back with an update.</param>
public sealed record OfficialDetail(int Id, string Name, string? OtherNames, string Role, string Organisation, string Country, IReadOnlyList<StatementDto> Statements, int Version);
