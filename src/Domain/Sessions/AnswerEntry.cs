using System.Text.Json.Serialization;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Sessions;

/// <summary>One counted answer of the session's trail, with its outcome (kept so an idempotent retry returns it).</summary>
/// <param name="Number">1-based attempt number.</param>
/// <param name="Presentation">The presentation answered.</param>
/// <param name="ChosenChoiceIds">The ids chosen.</param>
/// <param name="Correct">The chosen set equals the correct set.</param>
/// <param name="AnsweredAt">When it was answered.</param>
/// <param name="IdempotencyKey">The client's key, if it sent one.</param>
/// <param name="NextAction">What followed.</param>
/// <param name="Next">The presentation that followed, if any.</param>
/// <param name="PoolSize">Wrong-pool entries after the answer.</param>
/// <param name="PoolTries">Their remaining tries after the answer.</param>
public sealed record AnswerEntry(
    int Number,
    Presentation Presentation,
    IReadOnlyList<string> ChosenChoiceIds,
    bool Correct,
    DateTimeOffset AnsweredAt,
    string? IdempotencyKey,
    NextAction NextAction,
    Presentation? Next,
    int PoolSize,
    int PoolTries)
{
    /// <summary>The question answered.</summary>
    [JsonIgnore]
    public string QuestionId => Presentation.QuestionId;

    /// <summary>How the answered presentation came about.</summary>
    [JsonIgnore]
    public AttemptKind Kind => Presentation.Kind;

    /// <summary>From presentation to answer.</summary>
    [JsonIgnore]
    public TimeSpan TimeTaken => AnsweredAt - Presentation.PresentedAt;
}
