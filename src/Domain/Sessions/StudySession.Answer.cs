using StudyGraph.Domain.Common;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Sessions;

public sealed partial class StudySession
{
    /// <summary>The longest idempotency key accepted.</summary>
    public const int MaxIdempotencyKeyLength = 128;

    /// <summary>
    /// Answers the current question. <paramref name="questionId"/> must name it (else <c>STALE_ANSWER</c>); when
    /// <paramref name="presentationNumber"/> is given it must name the current presentation, so two racing answers to one
    /// presentation cannot both count. A repeated <paramref name="idempotencyKey"/> returns the first outcome and counts
    /// nothing again. Applies the answering table of domain.md (exam simulation: records without feedback or re-ask).
    /// </summary>
    public Result<AnswerOutcome> Answer(string questionId, IReadOnlyList<string> chosenChoiceIds, DateTimeOffset now,
        string? idempotencyKey = null, int? presentationNumber = null)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        ArgumentNullException.ThrowIfNull(chosenChoiceIds);
        if (idempotencyKey is not null)
        {
            if (idempotencyKey.Length is 0 or > MaxIdempotencyKeyLength)
            {
                return SessionErrors.Invalid($"An idempotency key has 1 to {MaxIdempotencyKeyLength} characters.", "idempotencyKey");
            }
            for (var i = _trail.Count - 1; i >= 0; i--)
            {
                if (_trail[i].IdempotencyKey == idempotencyKey) return new AnswerOutcome(_trail[i], !HidesFeedback, Replayed: true);
            }
        }
        if (ExpireIfDue(now)) return SessionErrors.Expired(Deadline!.Value);
        if (Status == SessionStatus.Expired) return SessionErrors.Expired(Deadline ?? EndedAt ?? now);
        if (Status != SessionStatus.Active || _current is null) return SessionErrors.NotActive(Status);
        var current = _current;
        if (questionId != current.QuestionId) return SessionErrors.Stale(questionId, current.QuestionId);
        if (presentationNumber is { } n && n != current.Number) return SessionErrors.StalePresentation(n, current.Number);
        var planned = _planned[current.Index];
        if (chosenChoiceIds.Count == 0) return SessionErrors.Invalid("Choose at least one choice.", "choiceIds");
        if (chosenChoiceIds.Count > planned.ChoiceIds.Count) return SessionErrors.Invalid("More choices were chosen than the question has.", "choiceIds");
        for (var i = 0; i < chosenChoiceIds.Count; i++)
        {
            if (!planned.HasChoice(chosenChoiceIds[i]))
            {
                return SessionErrors.Invalid($"'{chosenChoiceIds[i]}' is not a choice of question '{questionId}'.", $"choiceIds[{i}]");
            }
        }

        var correct = planned.IsCorrect(chosenChoiceIds);
        var chosen = chosenChoiceIds.ToArray();
        RecordOnState(current, correct, chosen, now);
        var action = HidesFeedback ? AdvanceSimulation(current, now) : AdvancePractice(current, correct, now);
        var entry = new AnswerEntry(_trail.Count + 1, current, chosen, correct, now, idempotencyKey, action, _current, _pool.Count, OutstandingTries());
        _trail.Add(entry);
        if (action == NextAction.SessionComplete) End(SessionStatus.Completed, now);
        Changed();
        RaiseAnswer(entry, planned);
        RaiseProgress(now);
        if (IsEnded) RaiseEnded(now);
        return new AnswerOutcome(entry, !HidesFeedback, Replayed: false);
    }

    private void RecordOnState(Presentation current, bool correct, string[] chosen, DateTimeOffset now)
    {
        var s = _states[current.Index];
        var first = !s.Answered;
        _states[current.Index] = s with
        {
            Answered = true,
            Attempts = s.Attempts + 1,
            FirstTryCorrect = first ? correct && current.Kind == AttemptKind.Fresh : s.FirstTryCorrect,
            TimeSpent = s.TimeSpent + (now - current.PresentedAt),
            FinalChoiceIds = HidesFeedback ? chosen : s.FinalChoiceIds,
            Cleared = HidesFeedback || s.Cleared,
            Revisited = s.Revisited || current.Kind == AttemptKind.FlaggedRevisit,
        };
    }

    /// <summary>The answering table (all modes except exam simulation).</summary>
    private NextAction AdvancePractice(Presentation current, bool correct, DateTimeOffset now)
    {
        var index = current.Index;
        var poolPos = PoolPosition(index);
        switch (current.Kind)
        {
            case AttemptKind.Fresh:
                _fresh.Remove(index);
                if (correct)
                {
                    _states[index] = _states[index] with { Cleared = true };
                    return PresentNext(index, now);
                }
                _pool.Add(new PoolEntry(index, Options.TriesToMaster, now));
                return Reask(current, now);

            case AttemptKind.FromPool:
                if (correct)
                {
                    var entry = _pool[poolPos];
                    if (entry.RemainingTries <= 1)
                    {
                        _pool.RemoveAt(poolPos);
                        _states[index] = _states[index] with { Cleared = true };
                    }
                    else
                    {
                        _pool[poolPos] = entry with { RemainingTries = entry.RemainingTries - 1 };
                    }
                    return PresentNext(index, now);
                }
                _pool.RemoveAt(poolPos);
                _pool.Add(new PoolEntry(index, Options.TriesToMaster, now));
                return Reask(current, now);

            default:
                // An immediate re-ask: the pool entry stays as it is either way.
                return correct ? PresentNext(index, now) : Reask(current, now);
        }
    }

    /// <summary>Exam simulation: no feedback, no re-ask; fresh questions, then flagged ones revisited once, then the end.</summary>
    private NextAction AdvanceSimulation(Presentation current, DateTimeOffset now)
    {
        if (current.Kind == AttemptKind.Fresh) _fresh.Remove(current.Index);
        if (_fresh.Count > 0)
        {
            Present(new NextPick(PickSource.Fresh, _random.NextInt(_fresh.Count)), now);
            return NextAction.NextQuestion;
        }
        var revisit = NextFlaggedToRevisit();
        if (revisit >= 0)
        {
            PresentIndex(revisit, AttemptKind.FlaggedRevisit, now);
            return NextAction.NextQuestion;
        }
        _current = null;
        return NextAction.SessionComplete;
    }

    private int NextFlaggedToRevisit()
    {
        var best = -1;
        for (var i = 0; i < _states.Length; i++)
        {
            var s = _states[i];
            if (s.Flagged && s.Answered && !s.Revisited && (best < 0 || s.FlagSequence < _states[best].FlagSequence)) best = i;
        }
        return best;
    }

    private int PoolPosition(int index)
    {
        for (var i = 0; i < _pool.Count; i++)
        {
            if (_pool[i].Index == index) return i;
        }
        return -1;
    }

    private int OutstandingTries()
    {
        var sum = 0;
        for (var i = 0; i < _pool.Count; i++) sum += _pool[i].RemainingTries;
        return sum;
    }

    private bool IsEnded => Status is SessionStatus.Completed or SessionStatus.Abandoned or SessionStatus.Expired;
}
