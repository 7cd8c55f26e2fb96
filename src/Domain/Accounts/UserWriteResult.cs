namespace StudyGraph.Domain.Accounts;

/// <summary>The outcome of writing a user.</summary>
public enum UserWriteResult
{
    /// <summary>Written.</summary>
    Ok,

    /// <summary>Another user already has the e-mail address (unique index conflict).</summary>
    EmailTaken,

    /// <summary>No user with that id.</summary>
    NotFound,
}
