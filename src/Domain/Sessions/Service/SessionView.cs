using StudyGraph.Domain.Sessions.Reports;

namespace StudyGraph.Domain.Sessions.Service;

/// <summary>A session as a learner sees it now.</summary>
/// <param name="Session">The session.</param>
/// <param name="Current">The question awaiting an answer, or null.</param>
/// <param name="Progress">The progress now.</param>
/// <param name="Score">Exam simulation, once ended: the score.</param>
public sealed record SessionView(StudySession Session, QuestionPresentation? Current, SessionProgress Progress, ExamScore? Score);
