using StudyGraph.Domain.Catalog;

namespace StudyGraph.Domain.Sessions.Draw;

/// <summary>What a planned-set draw needs; everything is a plain parameter.</summary>
/// <param name="Exams">The exams, with their blueprints.</param>
/// <param name="Candidates">Per exam id, its questions (id, topic, difficulty), in a stable order (by id).</param>
/// <param name="Size">N, the number of distinct questions wanted (fewer when the bank holds fewer).</param>
/// <param name="TopicFilter">Only questions of these topics (TOPIC_FOCUS), or null for all.</param>
/// <param name="SeenQuestionIds">Questions the learner answered before: drawn only when unseen ones run out.</param>
/// <param name="TopicMastery">Mastery per topic in [0, 1] (missing: 0.5): weaker topics get more questions.</param>
/// <param name="WeakTopicBoost">How much weakness raises a topic's share: weight x (1 + boost x (1 - mastery)); 0 keeps the official weighting.</param>
public sealed record DrawRequest(
    IReadOnlyList<Exam> Exams,
    IReadOnlyDictionary<string, IReadOnlyList<QuestionSummary>> Candidates,
    int Size,
    IReadOnlySet<string>? TopicFilter = null,
    IReadOnlySet<string>? SeenQuestionIds = null,
    IReadOnlyDictionary<string, double>? TopicMastery = null,
    double WeakTopicBoost = 1.0)
{
    /// <summary>Mastery assumed for a topic with no history.</summary>
    public const double UnknownMastery = 0.5;
}
