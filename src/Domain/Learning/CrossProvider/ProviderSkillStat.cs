namespace StudyGraph.Domain.Learning;

/// <summary>A learner's standing in one skill tag at one provider.</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="TopicIds">The provider's topics carrying the tag (in exams the learner studied).</param>
/// <param name="Answered">First-try answers in those topics.</param>
/// <param name="Correct">Of them right.</param>
/// <param name="Accuracy">Correct / answered, or null.</param>
/// <param name="Mastery">Mean σ(θ) over those topics, weighted by answers (plain mean when none), in [0, 1].</param>
public sealed record ProviderSkillStat(string ProviderId, IReadOnlyList<string> TopicIds, int Answered, int Correct, double? Accuracy, double Mastery);
