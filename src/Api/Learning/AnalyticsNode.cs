using StudyGraph.Api.Catalog;
using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Learning;

namespace StudyGraph.Api.Learning;

/// <summary>
/// A learner's analytics for one exam, the parent value of <c>LearnerAnalytics</c>, <c>Readiness</c>,
/// <c>Recommendations</c> and <c>SuggestedSession</c> (they all need the exam to show topics).
/// </summary>
/// <param name="Analytics">The Domain's analytics.</param>
/// <param name="Exam">The exam they are about.</param>
public sealed record AnalyticsNode(LearnerAnalytics Analytics, Exam Exam)
{
    /// <summary>The topic <paramref name="topicId"/> of the exam's blueprint, or null when the blueprint no longer has it.</summary>
    public TopicNode? Topic(string topicId) => Exam.Blueprint.Find(topicId) is { } topic ? new TopicNode(Exam, topic) : null;

    /// <summary>Per-topic mastery and readiness parts, in blueprint order.</summary>
    public IReadOnlyList<TopicPartNode> Parts()
    {
        var topics = Analytics.Readiness.Topics;
        var parts = new List<TopicPartNode>(topics.Count);
        foreach (var part in topics)
        {
            if (Topic(part.TopicId) is { } topic) parts.Add(new TopicPartNode(topic, part));
        }
        return parts;
    }

    /// <summary>Weak topics, highest priority first.</summary>
    public IReadOnlyList<WeakTopicNode> WeakTopics()
    {
        var weak = Analytics.Recommendations.WeakTopics;
        var nodes = new List<WeakTopicNode>(weak.Count);
        foreach (var w in weak)
        {
            if (Topic(w.TopicId) is { } topic) nodes.Add(new WeakTopicNode(topic, w));
        }
        return nodes;
    }

    /// <summary>The topics of the suggested session (empty unless it focuses on topics).</summary>
    public IReadOnlyList<TopicNode> SuggestedTopics()
    {
        var ids = Analytics.Recommendations.NextSession.TopicIds;
        var nodes = new List<TopicNode>(ids.Count);
        foreach (var id in ids)
        {
            if (Topic(id) is { } topic) nodes.Add(topic);
        }
        return nodes;
    }
}
