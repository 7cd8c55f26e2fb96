namespace StudyGraph.Domain.Learning;

/// <summary>
/// How ready a learner is for an exam, with its parts: expected score = Σ weight·chance over the blueprint, its standard
/// deviation from a Bernoulli per question over the official count, and the normal-approximation pass probability
/// Φ((expected − passing) / sd). Every fraction is in [0, 1].
/// </summary>
/// <param name="ExamId">The exam.</param>
/// <param name="Topics">Per-topic parts, in blueprint order.</param>
/// <param name="ExpectedScore">Expected fraction of questions right.</param>
/// <param name="StandardDeviation">Standard deviation of the fraction right.</param>
/// <param name="PassingFraction">The fraction needed to pass.</param>
/// <param name="PassProbability">Chance of passing.</param>
/// <param name="QuestionCount">The official question count used for the variance.</param>
/// <param name="Answered">First-try answers the estimate rests on.</param>
public sealed record ExamReadiness(
    string ExamId,
    IReadOnlyList<TopicReadiness> Topics,
    double ExpectedScore,
    double StandardDeviation,
    double PassingFraction,
    double PassProbability,
    int QuestionCount,
    int Answered);
