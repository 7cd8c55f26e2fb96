using StudyGraph.Api.Catalog;
using StudyGraph.Domain.Learning;

namespace StudyGraph.Api.Learning;

/// <summary>A topic ranked for study: the parent value of <c>WeakTopic</c>.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Priority">Its mastery and priority.</param>
public sealed record WeakTopicNode(TopicNode Topic, TopicPriority Priority);
