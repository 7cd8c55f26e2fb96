namespace StudyGraph.Domain.Learning;

/// <summary>The FSRS rating of one review (numeric values are the published G = 1..4).</summary>
public enum FsrsGrade
{
    /// <summary>Forgotten: the answer was wrong.</summary>
    Again = 1,

    /// <summary>Recalled with effort: right but slow.</summary>
    Hard = 2,

    /// <summary>Recalled.</summary>
    Good = 3,

    /// <summary>Recalled effortlessly: right and fast.</summary>
    Easy = 4,
}
