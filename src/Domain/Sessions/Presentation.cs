using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Sessions;

/// <summary>One showing of a question: which one, in which choice order, and why.</summary>
/// <param name="Number">1-based presentation number within the session; an answer may name it to avoid racing.</param>
/// <param name="Index">The planned-set index of the question.</param>
/// <param name="QuestionId">The question.</param>
/// <param name="ChoiceOrder">The choice ids in the order shown.</param>
/// <param name="Kind">Fresh, immediate re-ask, from the wrong pool, or a flagged revisit.</param>
/// <param name="PresentedAt">When it was shown (moved forward by pauses).</param>
public sealed record Presentation(int Number, int Index, string QuestionId, IReadOnlyList<string> ChoiceOrder, AttemptKind Kind, DateTimeOffset PresentedAt);
