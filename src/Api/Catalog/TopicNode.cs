using StudyGraph.Domain.Catalog;

namespace StudyGraph.Api.Catalog;

/// <summary>A topic with its exam (topics belong to exactly one exam's blueprint).</summary>
/// <param name="Exam">The exam.</param>
/// <param name="Topic">The topic.</param>
public sealed record TopicNode(Exam Exam, Topic Topic)
{
    /// <summary>The topic's global id (<c>Topic:examId/topicId</c>).</summary>
    public string GlobalId => Relay.GlobalId.Encode("Topic", Exam.Id + "/" + Topic.Id);
}
