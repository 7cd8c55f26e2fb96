using StudyGraph.Domain.Catalog;

namespace StudyGraph.Api.Live;

/// <summary>The parent value of <c>ExamActivity</c>: one pushed view of an exam's live activity.</summary>
/// <param name="Exam">The exam.</param>
/// <param name="ActiveSessions">Sessions of the exam now ACTIVE.</param>
/// <param name="AnswersPerMinute">Answers per minute recently.</param>
/// <param name="Accuracy">First-try accuracy over the window.</param>
/// <param name="Recent">Per-minute points, oldest first.</param>
/// <param name="At">When the view was computed.</param>
public sealed record ExamActivitySnapshot(Exam Exam, int ActiveSessions, double AnswersPerMinute, double Accuracy, IReadOnlyList<ActivityPoint> Recent, DateTimeOffset At);
