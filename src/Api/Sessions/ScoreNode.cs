using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Reports;

namespace StudyGraph.Api.Sessions;

/// <summary>An exam-simulation score with its session (for answered/unanswered and the passing score).</summary>
/// <param name="Score">The score.</param>
/// <param name="Session">The session.</param>
public sealed record ScoreNode(ExamScore Score, StudySession Session);
