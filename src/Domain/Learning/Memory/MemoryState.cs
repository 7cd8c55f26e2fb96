namespace StudyGraph.Domain.Learning;

/// <summary>FSRS memory of one learner for one question.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="Stability">Days until recall probability falls to 0.9.</param>
/// <param name="Difficulty">1 (easy) .. 10 (hard).</param>
/// <param name="LastReview">When it was last reviewed.</param>
/// <param name="Due">When it should next be reviewed.</param>
/// <param name="Reviews">How many reviews fed it.</param>
/// <param name="Lapses">How many of them were forgotten (Again).</param>
/// <param name="LastGrade">The grade of the latest review.</param>
public sealed record MemoryState(
    string QuestionId,
    double Stability,
    double Difficulty,
    DateTimeOffset LastReview,
    DateTimeOffset Due,
    int Reviews,
    int Lapses,
    FsrsGrade LastGrade);
