namespace StudyGraph.Domain.Learning;

/// <summary>One blueprint topic's part of an exam readiness estimate.</summary>
/// <param name="TopicId">The topic.</param>
/// <param name="Name">Its name.</param>
/// <param name="WeightShare">Its blueprint weight as a fraction (weights / total).</param>
/// <param name="Ability">The learner's Elo ability θ in it.</param>
/// <param name="Mastery">σ(θ − b̄): chance of knowing an average question of the topic, without guessing, in [0, 1].</param>
/// <param name="PredictedChance">guess + (1 − guess)·mastery: chance of answering such a question right, in [0, 1].</param>
/// <param name="Answered">First-try answers in the topic.</param>
/// <param name="Accuracy">First-try accuracy, or null before the first answer.</param>
public sealed record TopicReadiness(
    string TopicId,
    string Name,
    double WeightShare,
    double Ability,
    double Mastery,
    double PredictedChance,
    int Answered,
    double? Accuracy);
