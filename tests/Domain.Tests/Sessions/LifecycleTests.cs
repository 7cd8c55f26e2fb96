using StudyGraph.Domain.Common;
using StudyGraph.Domain.Sessions;
using static StudyGraph.Domain.Tests.Sessions.SessionHarness;

namespace StudyGraph.Domain.Tests.Sessions;

public class LifecycleTests
{
    [Fact]
    public void Every_change_increments_the_version_and_refused_operations_do_not()
    {
        var s = Start(3);
        Assert.Equal(1, s.Version);
        s.AnswerCurrent(true);
        Assert.Equal(2, s.Version);
        Assert.True(s.Pause(T0.AddSeconds(10)).IsSuccess);
        Assert.Equal(3, s.Version);
        Assert.Equal(ErrorCodes.SessionNotActive, s.Pause(T0.AddSeconds(11)).Error!.Code);
        Assert.Equal(3, s.Version);
        Assert.True(s.Resume(T0.AddSeconds(20)).IsSuccess);
        Assert.True(s.Flag(s.Current!.QuestionId, true, T0.AddSeconds(21)).IsSuccess);
        Assert.Equal(5, s.Version);
        Assert.True(s.Flag(s.Current!.QuestionId, true, T0.AddSeconds(22)).IsSuccess); // already flagged: no change
        Assert.Equal(5, s.Version);
        Assert.Equal(ErrorCodes.StaleAnswer, s.Answer("q-none", ["a"], T0.AddSeconds(23)).Error!.Code);
        Assert.Equal(5, s.Version);
    }

    [Fact]
    public void Same_idempotency_key_returns_the_first_outcome_without_counting()
    {
        var s = Start(3);
        var q = s.Current!.QuestionId;
        var first = s.AnswerCurrent(false, key: "k");
        var again = s.Answer(q, ["a"], T0.AddSeconds(30), "k").Value;
        Assert.True(again.Replayed);
        Assert.Same(first.Entry, again.Entry);
        Assert.Single(s.Trail);
        Assert.Equal(2, s.Version);
    }

    [Fact]
    public void Deadline_expires_the_session_and_later_answers_are_refused()
    {
        var s = Start(3, mode: SessionMode.Timed, deadline: T0.AddMinutes(2));
        s.AnswerCurrent(true, T0.AddMinutes(1));
        var r = s.Answer(s.Current!.QuestionId, ["a"], T0.AddMinutes(2));
        Assert.Equal(ErrorCodes.SessionExpired, r.Error!.Code);
        Assert.Equal((SessionStatus.Expired, T0.AddMinutes(2)), (s.Status, s.EndedAt));
        Assert.Null(s.Current);
        Assert.Equal(TimeSpan.Zero, s.Progress(T0.AddMinutes(3)).TimeLeft);
        Assert.Equal(ErrorCodes.SessionExpired, s.Answer("q1", ["a"], T0.AddMinutes(4)).Error!.Code);
    }

    [Fact]
    public void Progress_counts_attempts_accuracy_and_completion()
    {
        var s = Start(4);
        s.AnswerCurrent(true, T0.AddSeconds(5));
        s.AnswerCurrent(false, T0.AddSeconds(9));
        s.AnswerCurrent(true, T0.AddSeconds(12));
        var p = s.Progress(T0.AddSeconds(20));
        Assert.Equal((4, 1, 1, 2, 3), (p.Planned, p.Cleared, p.FirstTryCorrect, p.Answered, p.TotalAttempts));
        Assert.Equal(0.5, p.Accuracy);
        Assert.Equal(0.25, p.Completion);
        Assert.Equal((1, 2, 2), (p.WrongPoolSize, p.OutstandingTries, p.FreshRemaining));
        Assert.Equal(TimeSpan.FromSeconds(20), p.Elapsed);
        Assert.Null(p.TimeLeft);
        Assert.Equal("(+1 Question @ 2 Tries)", p.Penalty!.Text);
    }
}
