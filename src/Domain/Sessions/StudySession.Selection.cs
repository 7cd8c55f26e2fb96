using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Sessions;

public sealed partial class StudySession
{
    private NextAction PresentNext(int justAnswered, DateTimeOffset now)
    {
        var pick = NextQuestionRule.Choose(_pool, _fresh.Count, justAnswered, Options.ReaskProbability, _random);
        if (pick.Source == PickSource.None)
        {
            _current = null;
            return NextAction.SessionComplete;
        }
        Present(pick, now);
        return NextAction.NextQuestion;
    }

    private NextAction Reask(Presentation current, DateTimeOffset now)
    {
        PresentIndex(current.Index, AttemptKind.ImmediateRetry, now);
        return NextAction.RetrySameQuestion;
    }

    private void Present(NextPick pick, DateTimeOffset now)
    {
        switch (pick.Source)
        {
            case PickSource.Fresh:
                PresentIndex(_fresh[pick.Position], AttemptKind.Fresh, now);
                break;
            case PickSource.Pool:
                PresentIndex(_pool[pick.Position].Index, AttemptKind.FromPool, now);
                break;
            default:
                _current = null;
                break;
        }
    }

    private void PresentIndex(int index, AttemptKind kind, DateTimeOffset now)
    {
        var state = _states[index];
        var order = ChoiceShuffler.Shuffle(_planned[index].ChoiceIds, state.LastOrder, _random);
        _states[index] = state with { Presented = true, LastOrder = order };
        _presentationCount++;
        _current = new Presentation(_presentationCount, index, _planned[index].QuestionId, order, kind, now);
    }
}
