using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Learning;

namespace StudyGraph.Api.Learning;

/// <summary>A question with its quality statistics: the parent value of <c>QuestionStats</c>.</summary>
/// <param name="Question">The question.</param>
/// <param name="Quality">Its statistics.</param>
public sealed record QuestionStatsNode(Question Question, QuestionQuality Quality);
