using StudyGraph.Api.Catalog;
using StudyGraph.Domain.Sessions.Reports;

namespace StudyGraph.Api.Sessions;

/// <summary>The parent value of <c>TopicBreakdown</c>.</summary>
/// <param name="Row">The Domain row.</param>
/// <param name="Topic">The topic.</param>
public sealed record TopicBreakdownNode(TopicBreakdown Row, TopicNode Topic);
