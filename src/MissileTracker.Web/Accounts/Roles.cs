namespace MissileTracker.Web.Accounts;

/// <summary>Staff roles and the authorization policies built on them.</summary>
public static class Roles
{
    /// <summary>Creates and edits drafts.</summary>
    public const string Editor = "editor";

    /// <summary>Publishes, unpublishes, deletes and restores; may edit published records.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>Manages accounts.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Editor, Reviewer, Admin];

    /// <summary>Policy: may write drafts (editors and reviewers).</summary>
    public const string CanEdit = nameof(CanEdit);

    /// <summary>Policy: may publish, unpublish, delete and restore (reviewers).</summary>
    public const string CanReview = nameof(CanReview);

    /// <summary>Policy: may manage accounts (admins).</summary>
    public const string CanAdminister = nameof(CanAdminister);

    /// <summary>Policy: any staff role; sees drafts in the editor workspace.</summary>
    public const string IsStaff = nameof(IsStaff);
}
