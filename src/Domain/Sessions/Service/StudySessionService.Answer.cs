using StudyGraph.Domain.Common;

namespace StudyGraph.Domain.Sessions.Service;

public sealed partial class StudySessionService
{
    /// <summary>
    /// Answers the current question of a session. Errors: NOT_FOUND, STALE_ANSWER, SESSION_EXPIRED, SESSION_NOT_ACTIVE,
    /// VALIDATION, CONFLICT.
    /// </summary>
    public async Task<Result<AnswerResult>> AnswerAsync(AnswerCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.ChoiceIds is null) return SessionErrors.Invalid("Choose at least one choice.", "choiceIds");
        var applied = await MutateAsync(command.SessionId, command.UserId,
            (s, now) => s.Answer(command.QuestionId, command.ChoiceIds, now, command.IdempotencyKey, command.PresentationNumber), ct).ConfigureAwait(false);
        if (!applied.IsSuccess) return applied.Error;
        var (session, outcome) = applied.Value;
        var entry = outcome.Entry;

        var ids = entry.Next is { } next && next.QuestionId != entry.QuestionId ? new[] { entry.QuestionId, next.QuestionId } : new[] { entry.QuestionId };
        var questions = await _questions.GetManyAsync(ids, ct).ConfigureAwait(false);
        var answered = questions.FirstOrDefault(q => q.Id == entry.QuestionId);
        QuestionPresentation? nextView = null;
        if (entry.Next is { } n)
        {
            var q = questions.FirstOrDefault(x => x.Id == n.QuestionId);
            if (q is null) return DomainError.NotFound("Question", n.QuestionId);
            nextView = QuestionPresentation.Of(n, q, session.States[n.Index].Flagged);
        }
        var reveal = outcome.FeedbackShown && entry.Correct;
        var now = _time.GetUtcNow();
        return new AnswerResult(
            AttemptNumber: entry.Number,
            Correct: outcome.FeedbackShown ? entry.Correct : null,
            NextAction: entry.NextAction,
            Penalty: outcome.Penalty,
            Next: nextView,
            Explanation: reveal ? answered?.Explanation : null,
            CorrectChoiceIds: reveal ? answered?.CorrectChoiceIds : null,
            Progress: session.Progress(now),
            Status: session.Status,
            Score: session.Score(),
            Replayed: outcome.Replayed)
        {
            Session = session,
        };
    }
}
