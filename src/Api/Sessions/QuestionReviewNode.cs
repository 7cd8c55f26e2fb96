using StudyGraph.Api.Catalog;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Reports;

namespace StudyGraph.Api.Sessions;

/// <summary>The parent value of <c>QuestionReview</c>.</summary>
/// <param name="Row">The Domain row.</param>
/// <param name="Question">The question.</param>
/// <param name="Trail">Its answers in the session, in order.</param>
public sealed record QuestionReviewNode(QuestionReport Row, QuestionNode Question, IReadOnlyList<AnswerEntry> Trail);
