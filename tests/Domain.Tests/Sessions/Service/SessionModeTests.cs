using StudyGraph.Domain.Common;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;
using StudyGraph.Domain.Sessions.Service;

namespace StudyGraph.Domain.Tests.Sessions.Service;

public class SessionModeTests
{
    private readonly ServiceFixture _f = new();

    [Fact]
    public async Task Topic_focus_draws_only_the_chosen_topics()
    {
        var chosen = new[] { _f.Exam1.Topics[1].Id, _f.Exam1.Topics[3].Id };
        var v = await _f.StartAsync(SessionMode.TopicFocus, topics: chosen, size: 20);
        Assert.Equal(20, v.Session.Planned.Count);
        Assert.All(v.Session.Planned, p => Assert.Contains(p.TopicId, chosen));
        Assert.Equal(chosen, v.Session.TopicIds);
    }

    [Fact]
    public async Task Topic_of_another_exam_is_refused()
    {
        var r = await _f.Service.StartAsync(new StartSessionCommand(ServiceFixture.User, SessionMode.TopicFocus, [_f.Exam1.Id], [_f.Exam2.Topics[0].Id]));
        Assert.Equal(ErrorCodes.Validation, r.Error!.Code);
    }

    [Fact]
    public async Task Review_takes_the_due_and_missed_questions_from_the_review_source()
    {
        var due = _f.Banks[0].Questions.Skip(5).Take(6).Select(q => q.Id).ToList();
        _f.Review.Set(ServiceFixture.User, [.. due, _f.Banks[1].Questions[0].Id]); // the last is of another exam: left out
        var v = await _f.StartAsync(SessionMode.Review, size: 10);
        Assert.Equal(due.Order(), v.Session.Planned.Select(p => p.QuestionId).Order());
    }

    [Fact]
    public async Task Review_with_nothing_due_is_refused()
    {
        var r = await _f.Service.StartAsync(new StartSessionCommand(ServiceFixture.User, SessionMode.Review, [_f.Exam1.Id]));
        Assert.Equal(ErrorCodes.Validation, r.Error!.Code);
        Assert.Contains("review", r.Error.Message);
    }

    [Fact]
    public async Task Timed_session_refuses_answers_after_its_deadline_with_a_clear_error()
    {
        var v = await _f.StartAsync(SessionMode.Timed, timeLimit: TimeSpan.FromMinutes(5));
        Assert.Equal(SessionHarness.T0.AddMinutes(5), v.Session.Deadline);
        Assert.Equal(TimeSpan.FromMinutes(5), v.Progress.TimeLeft);
        _f.Time.Advance(TimeSpan.FromMinutes(4));
        Assert.True((await _f.AnswerAsync(v, true)).IsSuccess);
        _f.Time.Advance(TimeSpan.FromMinutes(1));
        var r = await _f.AnswerCurrentAsync(v.Session.Id, true);
        Assert.Equal(ErrorCodes.SessionExpired, r.Error!.Code);
        Assert.Contains("deadline", r.Error.Message);
        var s = (await _f.Sessions.GetAsync(v.Session.Id))!;
        Assert.Equal(SessionStatus.Expired, s.Status);
        Assert.Single(s.Trail);
        Assert.Equal(SessionStatus.Expired, Assert.Single(_f.Publisher.OfType<SessionEnded>()).Status);
    }

    [Fact]
    public async Task Timed_session_without_a_limit_gets_a_default_per_question()
    {
        var v = await _f.StartAsync(SessionMode.Timed, size: 10);
        Assert.Equal(SessionHarness.T0.AddSeconds(900), v.Session.Deadline);
    }

    [Fact]
    public async Task Timed_session_cannot_be_paused()
    {
        var v = await _f.StartAsync(SessionMode.Timed, size: 4);
        Assert.Equal(ErrorCodes.Validation, (await _f.Service.PauseAsync(v.Session.Id, ServiceFixture.User)).Error!.Code);
    }

    [Fact]
    public async Task Pause_stops_answers_and_the_clock_until_resume()
    {
        var v = await _f.StartAsync();
        _f.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(SessionStatus.Paused, (await _f.Service.PauseAsync(v.Session.Id, ServiceFixture.User)).Value.Session.Status);
        _f.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(ErrorCodes.SessionNotActive, (await _f.AnswerCurrentAsync(v.Session.Id, true)).Error!.Code);
        var resumed = (await _f.Service.ResumeAsync(v.Session.Id, ServiceFixture.User)).Value;
        Assert.Equal(TimeSpan.FromSeconds(30), resumed.Progress.Elapsed);
        _f.Time.Advance(TimeSpan.FromSeconds(5));
        await _f.AnswerCurrentAsync(v.Session.Id, true);
        var s = (await _f.Sessions.GetAsync(v.Session.Id))!;
        Assert.Equal(TimeSpan.FromSeconds(35), s.Trail[0].TimeTaken);
    }

    [Fact]
    public async Task Early_completion_and_abandonment_end_the_session()
    {
        var a = await _f.StartAsync();
        await _f.AnswerAsync(a, true);
        var done = (await _f.Service.CompleteAsync(a.Session.Id, ServiceFixture.User)).Value;
        Assert.Equal(SessionStatus.Completed, done.Session.Status);
        Assert.Null(done.Current);
        Assert.Equal(0.1, done.Progress.Completion, 10);
        Assert.Equal(ErrorCodes.SessionNotActive, (await _f.Service.AbandonAsync(a.Session.Id, ServiceFixture.User)).Error!.Code);

        var b = await _f.StartAsync(seed: 2);
        Assert.Equal(SessionStatus.Abandoned, (await _f.Service.AbandonAsync(b.Session.Id, ServiceFixture.User)).Value.Session.Status);
        var r = await _f.Service.AnswerAsync(new AnswerCommand(b.Session.Id, ServiceFixture.User, b.Current!.Question.Id, ["a"]));
        Assert.Equal(ErrorCodes.SessionNotActive, r.Error!.Code);
        Assert.Equal(2, _f.Publisher.OfType<SessionEnded>().Count);
    }

    [Fact]
    public async Task Practice_session_completes_when_both_pools_are_empty()
    {
        var v = await _f.StartAsync(size: 5);
        AnswerResult last;
        var n = 0;
        do
        {
            // Two wrong answers early, then only right ones (a learner who keeps missing never empties the pool).
            last = (await _f.AnswerCurrentAsync(v.Session.Id, n++ is not (0 or 2))).Value;
        }
        while (last.NextAction != NextAction.SessionComplete);
        Assert.Equal(SessionStatus.Completed, last.Status);
        Assert.Equal(1.0, last.Progress.Completion);
        Assert.Equal((0, 0, 5), (last.Progress.WrongPoolSize, last.Progress.FreshRemaining, last.Progress.Cleared));
        Assert.Null(last.Next);
    }

    [Fact]
    public async Task Report_has_per_topic_breakdown_time_per_question_reask_trail_and_penalty_history()
    {
        var v = await _f.StartAsync(size: 3);
        _f.Time.Advance(TimeSpan.FromSeconds(10));
        await _f.AnswerAsync(v, false);
        _f.Time.Advance(TimeSpan.FromSeconds(4));
        await _f.AnswerAsync(v, true);
        await _f.Service.CompleteAsync(v.Session.Id, ServiceFixture.User);
        var report = (await _f.Service.GetReportAsync(v.Session.Id, ServiceFixture.User)).Value;
        Assert.Equal(SessionStatus.Completed, report.Status);
        Assert.Equal(3, report.Topics.Sum(t => t.Planned));
        var q = Assert.Single(report.Questions, x => x.Attempts > 0);
        Assert.Equal((2, 1, TimeSpan.FromSeconds(14)), (q.Attempts, q.Reasks, q.TimeSpent));
        Assert.Equal([AttemptKind.Fresh, AttemptKind.ImmediateRetry], report.Trail.Select(t => t.Kind));
        Assert.Equal(["(+1 Question @ 2 Tries)", "(+1 Question @ 2 Tries)"], report.PenaltyHistory.Select(p => p.Text));
        var topic = Assert.Single(report.Topics, t => t.Answered > 0);
        Assert.Equal(TimeSpan.FromSeconds(14), topic.AverageTime);
        Assert.Null(report.Score);
    }
}
