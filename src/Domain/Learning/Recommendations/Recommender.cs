using StudyGraph.Domain.Sessions;

namespace StudyGraph.Domain.Learning;

/// <summary>
/// Ranks topics by weight × (1 − mastery) and suggests the next session: REVIEW when enough reviews are due, PRACTICE
/// while there is too little history, EXAM_SIMULATION once passing looks likely, otherwise TOPIC_FOCUS on the weakest topics.
/// </summary>
public static class Recommender
{
    /// <summary>Ranks the topics of <paramref name="readiness"/>; ties go to the heavier topic, then by id.</summary>
    public static IReadOnlyList<TopicPriority> RankTopics(ExamReadiness readiness)
    {
        var list = new List<TopicPriority>(readiness.Topics.Count);
        foreach (var t in readiness.Topics)
        {
            list.Add(new TopicPriority(t.TopicId, t.Name, t.WeightShare, t.Mastery, t.WeightShare * (1 - t.Mastery)));
        }
        list.Sort(static (a, b) =>
        {
            var c = b.Priority.CompareTo(a.Priority);
            if (c == 0) c = b.WeightShare.CompareTo(a.WeightShare);
            return c != 0 ? c : string.CompareOrdinal(a.TopicId, b.TopicId);
        });
        return list;
    }

    /// <summary>Recommendations for an exam from its readiness, the number of due reviews and the preferred session size.</summary>
    public static Recommendations Recommend(ExamReadiness readiness, int dueReviews, int preferredSessionSize, RecommendationOptions? options = null)
    {
        options ??= RecommendationOptions.Default;
        var ranked = RankTopics(readiness);
        var size = Math.Max(1, preferredSessionSize);
        string[] exams = [readiness.ExamId];
        SessionSuggestion next;
        if (dueReviews >= options.MinDueForReview)
        {
            next = new(SessionMode.Review, exams, [], Math.Min(dueReviews, size), $"{dueReviews} questions are due for review.");
        }
        else if (readiness.Answered < options.WarmUpAnswers)
        {
            next = new(SessionMode.Practice, exams, [], size, "Answer a few more questions across the exam so your weak topics show.");
        }
        else if (readiness.PassProbability >= options.SimulationPassProbability)
        {
            next = new(SessionMode.ExamSimulation, exams, [], readiness.QuestionCount,
                $"Your estimated chance of passing is {readiness.PassProbability:P0}; try a full exam simulation.");
        }
        else
        {
            var focus = new List<string>();
            for (var i = 0; i < ranked.Count && focus.Count < options.FocusTopics; i++) focus.Add(ranked[i].TopicId);
            next = new(SessionMode.TopicFocus, exams, focus, size, "Focus on the topics where more mastery gains the most score.");
        }
        var weak = ranked.Count > options.WeakTopicCount ? ranked.Take(options.WeakTopicCount).ToArray() : ranked;
        return new Recommendations(weak, dueReviews, next);
    }
}
