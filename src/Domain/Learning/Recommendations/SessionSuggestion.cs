using StudyGraph.Domain.Sessions;

namespace StudyGraph.Domain.Learning;

/// <summary>The session a learner should start next.</summary>
/// <param name="Mode">The mode.</param>
/// <param name="ExamIds">The exams.</param>
/// <param name="TopicIds">The topics (TOPIC_FOCUS), otherwise empty.</param>
/// <param name="Size">Planned questions.</param>
/// <param name="Reason">Why, in one sentence.</param>
public sealed record SessionSuggestion(SessionMode Mode, IReadOnlyList<string> ExamIds, IReadOnlyList<string> TopicIds, int Size, string Reason);
