namespace StudyGraph.Domain.Sessions;

/// <summary>The life-cycle state of a study session.</summary>
public enum SessionStatus
{
    /// <summary>Accepting answers.</summary>
    Active,

    /// <summary>Paused by the learner; resumes to <see cref="Active"/>.</summary>
    Paused,

    /// <summary>Both pools emptied, or completed early by the learner.</summary>
    Completed,

    /// <summary>Given up by the learner.</summary>
    Abandoned,

    /// <summary>The deadline passed.</summary>
    Expired,
}
