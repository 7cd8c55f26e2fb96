namespace StudyGraph.Domain.Sessions.Events;

/// <summary>How the answered presentation came about.</summary>
public enum AttemptKind
{
    /// <summary>The question's first presentation in the session (from the fresh pool).</summary>
    Fresh,

    /// <summary>Re-asked immediately after a wrong answer.</summary>
    ImmediateRetry,

    /// <summary>Served later from the wrong pool (a "cold" re-encounter).</summary>
    FromPool,

    /// <summary>Exam simulation: a flagged question revisited at the end, before scoring.</summary>
    FlaggedRevisit,
}
