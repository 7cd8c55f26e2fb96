using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;
using static StudyGraph.Domain.Tests.Sessions.SessionHarness;

namespace StudyGraph.Domain.Tests.Sessions;

/// <summary>One test per row of the answering table (domain.md).</summary>
public class AnsweringTableTests
{
    [Fact]
    public void Fresh_correct_is_cleared_and_moves_to_the_next_question()
    {
        var s = Start(3);
        var first = s.Current!;
        var o = s.AnswerCurrent(true);
        Assert.True(o.Entry.Correct);
        Assert.Equal(NextAction.NextQuestion, o.Entry.NextAction);
        Assert.True(s.States[first.Index].Cleared);
        Assert.Empty(s.WrongPool);
        Assert.NotEqual(first.QuestionId, s.Current!.QuestionId);
        Assert.Equal(AttemptKind.Fresh, s.Current.Kind);
        Assert.Null(o.Penalty);
    }

    [Fact]
    public void Fresh_wrong_is_reasked_at_once_reshuffled_and_enters_the_pool_needing_two()
    {
        var s = Start(3);
        var first = s.Current!;
        var at = T0.AddSeconds(7);
        var o = s.AnswerCurrent(false, at);
        Assert.Equal(NextAction.RetrySameQuestion, o.Entry.NextAction);
        Assert.Equal(first.QuestionId, s.Current!.QuestionId);
        Assert.Equal(AttemptKind.ImmediateRetry, s.Current.Kind);
        Assert.NotEqual(first.ChoiceOrder, s.Current.ChoiceOrder);
        var entry = Assert.Single(s.WrongPool);
        Assert.Equal((first.Index, 2, at), (entry.Index, entry.RemainingTries, entry.StampedAt));
        Assert.Equal("(+1 Question @ 2 Tries)", o.Penalty!.Text);
        Assert.False(s.States[first.Index].Cleared);
    }

    [Fact]
    public void Immediate_reask_wrong_again_is_reasked_again_reshuffled_with_the_pool_entry_unchanged()
    {
        var s = Start(3);
        s.AnswerCurrent(false, T0.AddSeconds(5));
        var before = s.WrongPool.Single();
        var retry = s.Current!;
        var o = s.AnswerCurrent(false, T0.AddSeconds(9));
        Assert.Equal(NextAction.RetrySameQuestion, o.Entry.NextAction);
        Assert.Equal(retry.QuestionId, s.Current!.QuestionId);
        Assert.Equal(AttemptKind.ImmediateRetry, s.Current.Kind);
        Assert.NotEqual(retry.ChoiceOrder, s.Current.ChoiceOrder);
        Assert.Equal(before, s.WrongPool.Single());
    }

    [Fact]
    public void Immediate_reask_correct_moves_on_and_the_pool_entry_still_needs_two()
    {
        var s = Start(3);
        var first = s.Current!;
        s.AnswerCurrent(false);
        var o = s.AnswerCurrent(true);
        Assert.Equal(NextAction.NextQuestion, o.Entry.NextAction);
        Assert.NotEqual(first.QuestionId, s.Current!.QuestionId);
        Assert.Equal(2, s.WrongPool.Single().RemainingTries);
        Assert.False(s.States[first.Index].Cleared);
        Assert.Equal("(+1 Question @ 2 Tries)", o.Penalty!.Text);
    }

    [Fact]
    public void From_pool_correct_drops_a_try_and_at_zero_leaves_the_pool()
    {
        // Two questions: q wrong, re-ask right, the other right; with the fresh pool empty the pool serves q.
        var s = Start(2);
        var q = s.Current!;
        s.AnswerCurrent(false);
        s.AnswerCurrent(true);
        s.AnswerCurrent(true);
        Assert.Equal((q.QuestionId, AttemptKind.FromPool), (s.Current!.QuestionId, s.Current.Kind));
        var o1 = s.AnswerCurrent(true);
        Assert.Equal(1, s.WrongPool.Single().RemainingTries);
        Assert.Equal("(+1 Question @ 1 Try)", o1.Penalty!.Text);
        // Only q is left, so the fallback serves it again (the one just answered, as nothing else is left).
        Assert.Equal((q.QuestionId, AttemptKind.FromPool), (s.Current!.QuestionId, s.Current.Kind));
        var o2 = s.AnswerCurrent(true);
        Assert.Empty(s.WrongPool);
        Assert.True(s.States[q.Index].Cleared);
        Assert.Equal(NextAction.SessionComplete, o2.Entry.NextAction);
        Assert.Equal(SessionStatus.Completed, s.Status);
        Assert.Null(o2.Penalty);
    }

    [Fact]
    public void From_pool_wrong_is_reasked_reshuffled_with_tries_reset_to_two_and_stamp_now()
    {
        var s = Start(2);
        s.AnswerCurrent(false, T0.AddSeconds(1));
        s.AnswerCurrent(true, T0.AddSeconds(2));
        s.AnswerCurrent(true, T0.AddSeconds(3));
        s.AnswerCurrent(true, T0.AddSeconds(4)); // from pool: 2 -> 1
        Assert.Equal(1, s.WrongPool.Single().RemainingTries);
        var fromPool = s.Current!;
        Assert.Equal(AttemptKind.FromPool, fromPool.Kind);
        var at = T0.AddSeconds(5);
        var o = s.AnswerCurrent(false, at);
        Assert.Equal(NextAction.RetrySameQuestion, o.Entry.NextAction);
        Assert.Equal((fromPool.QuestionId, AttemptKind.ImmediateRetry), (s.Current!.QuestionId, s.Current.Kind));
        Assert.NotEqual(fromPool.ChoiceOrder, s.Current.ChoiceOrder);
        var entry = s.WrongPool.Single();
        Assert.Equal((2, at), (entry.RemainingTries, entry.StampedAt));
    }

    [Fact]
    public void Correct_means_the_exact_set_for_multiple_choice()
    {
        var planned = new PlannedQuestion("m1", "e1", "e1.t1", ["a", "b", "c", "d"], ["b", "d"]);
        var s = Start([planned]);
        s.Answer("m1", ["b"], T0.AddSeconds(1));
        Assert.False(s.Trail[^1].Correct);
        s.Answer("m1", ["d", "b", "c"], T0.AddSeconds(2));
        Assert.False(s.Trail[^1].Correct);
        s.Answer("m1", ["d", "b"], T0.AddSeconds(3));
        Assert.True(s.Trail[^1].Correct);
    }
}
