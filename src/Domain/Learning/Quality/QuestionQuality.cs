namespace StudyGraph.Domain.Learning;

/// <summary>Statistics of one question for its authors, from anonymous-able answer events.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="Attempts">All answers to it, re-asks included.</param>
/// <param name="Learners">Distinct learners who answered it on a first try.</param>
/// <param name="FirstTryAnswers">First-try (fresh) answers.</param>
/// <param name="ShareCorrect">Right first-try answers / first-try answers, or null.</param>
/// <param name="Discrimination">Point-biserial correlation between a learner's first-try result and their ability (rest accuracy on the exam), in [−1, 1]; null with fewer than two learners or no spread.</param>
/// <param name="AverageTime">Mean time of first-try answers, or null.</param>
/// <param name="MostChosenWrongChoiceId">The wrong choice picked most often in wrong answers (ties: lowest id), or null.</param>
/// <param name="MostChosenWrongChoiceCount">How often it was picked.</param>
/// <param name="Fragility">Immediate re-ask accuracy vs later cold encounter accuracy.</param>
public sealed record QuestionQuality(
    string QuestionId,
    int Attempts,
    int Learners,
    int FirstTryAnswers,
    double? ShareCorrect,
    double? Discrimination,
    TimeSpan? AverageTime,
    string? MostChosenWrongChoiceId,
    int MostChosenWrongChoiceCount,
    Fragility Fragility);
