namespace StudyGraph.Domain.Sessions;

/// <summary>How a study session draws, presents and scores its questions.</summary>
public enum SessionMode
{
    /// <summary>Immediate feedback, wrong answers re-asked.</summary>
    Practice,

    /// <summary>Practice with a server-enforced deadline.</summary>
    Timed,

    /// <summary>Practice on chosen topics only.</summary>
    TopicFocus,

    /// <summary>The learner's due and missed questions.</summary>
    Review,

    /// <summary>Official count, duration and weighting; no feedback until the end; scored pass/fail.</summary>
    ExamSimulation,
}
