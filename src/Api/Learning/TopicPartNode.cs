using StudyGraph.Api.Catalog;
using StudyGraph.Domain.Learning;

namespace StudyGraph.Api.Learning;

/// <summary>One topic's part of a learner's analytics: the parent value of <c>TopicMastery</c> and <c>TopicReadiness</c>.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Part">Its mastery, ability, counters and predicted chance.</param>
public sealed record TopicPartNode(TopicNode Topic, TopicReadiness Part);
