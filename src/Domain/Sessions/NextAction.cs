namespace StudyGraph.Domain.Sessions;

/// <summary>What the learner sees after an answer.</summary>
public enum NextAction
{
    /// <summary>The same question again, with a different choice order.</summary>
    RetrySameQuestion,

    /// <summary>Another question.</summary>
    NextQuestion,

    /// <summary>No question left: the session is complete.</summary>
    SessionComplete,
}
