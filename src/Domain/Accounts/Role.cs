namespace StudyGraph.Domain.Accounts;

/// <summary>What a user may do. The API exposes these as <c>LEARNER</c>, <c>AUTHOR</c>, <c>ADMIN</c>.</summary>
public enum Role
{
    /// <summary>Studies: runs sessions, sees their own analytics.</summary>
    Learner,

    /// <summary>Writes and imports question banks, sees question-quality statistics.</summary>
    Author,

    /// <summary>Manages users and the catalog.</summary>
    Admin,
}
