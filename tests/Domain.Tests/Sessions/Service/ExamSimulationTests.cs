using StudyGraph.Domain.Common;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Domain.Tests.Sessions.Service;

public class ExamSimulationTests
{
    private readonly ServiceFixture _f = new(questionsPerExam: 300);

    [Fact]
    public async Task Uses_the_official_count_duration_and_blueprint_weighting()
    {
        var exam = _f.Exam1;
        var v = await _f.StartAsync(SessionMode.ExamSimulation, size: null);
        Assert.Equal(exam.QuestionCount, v.Session.Planned.Count);
        Assert.Equal(SessionHarness.T0 + exam.Duration, v.Session.Deadline);
        foreach (var t in exam.Topics)
        {
            var expected = exam.QuestionCount * t.Weight / 100.0;
            Assert.InRange(v.Session.Planned.Count(p => p.TopicId == t.Id), Math.Floor(expected), Math.Ceiling(expected));
        }
    }

    [Fact]
    public async Task Gives_no_feedback_and_no_reask_then_scores_pass_or_fail()
    {
        var v = await _f.StartAsync(SessionMode.ExamSimulation, size: null);
        var n = v.Session.Planned.Count;
        var right = (int)Math.Ceiling(n * 0.7);
        for (var i = 0; i < n; i++)
        {
            var r = (await _f.AnswerCurrentAsync(v.Session.Id, i < right)).Value;
            Assert.Null(r.Correct);
            Assert.Null(r.Explanation);
            Assert.Null(r.CorrectChoiceIds);
            Assert.Null(r.Penalty);
            if (i < n - 1)
            {
                Assert.Equal(0, r.Progress.FirstTryCorrect); // hidden until the end
                Assert.Equal(NextAction.NextQuestion, r.NextAction);
                Assert.Equal(AttemptKind.Fresh, r.Next!.Kind);
            }
            else
            {
                Assert.Equal(NextAction.SessionComplete, r.NextAction);
                Assert.Equal(right, r.Progress.FirstTryCorrect);
                Assert.Equal((right, n, true), (r.Score!.CorrectCount, r.Score.Total, r.Score.Passed));
                Assert.Equal((int)Math.Round(1000.0 * right / n, MidpointRounding.AwayFromZero), r.Score.ScaledScore);
            }
        }
        var ended = Assert.Single(_f.Publisher.OfType<SessionEnded>());
        Assert.True(ended.Passed);
        var report = (await _f.Service.GetReportAsync(v.Session.Id, ServiceFixture.User)).Value;
        Assert.Equal(right, report.Topics.Sum(t => (int)Math.Round(t.Accuracy * t.Answered)));
    }

    [Fact]
    public async Task Early_completion_counts_unanswered_questions_as_wrong_and_can_fail()
    {
        var v = await _f.StartAsync(SessionMode.ExamSimulation, size: null);
        for (var i = 0; i < 5; i++) await _f.AnswerCurrentAsync(v.Session.Id, true);
        var done = (await _f.Service.CompleteAsync(v.Session.Id, ServiceFixture.User)).Value;
        Assert.Equal((5, v.Session.Planned.Count, false), (done.Score!.CorrectCount, done.Score.Total, done.Score.Passed));
    }

    [Fact]
    public async Task Flagged_questions_are_revisited_at_the_end_and_the_revisit_answer_is_scored()
    {
        var v = await _f.StartAsync(SessionMode.ExamSimulation, size: null);
        var id = v.Session.Id;
        var flaggedQ = v.Current!.Question.Id;
        Assert.True((await _f.Service.FlagAsync(id, ServiceFixture.User, flaggedQ, true)).Value.Current!.Flagged);
        await _f.AnswerCurrentAsync(id, false);
        var n = v.Session.Planned.Count;
        for (var i = 1; i < n - 1; i++) await _f.AnswerCurrentAsync(id, true);
        var last = (await _f.AnswerCurrentAsync(id, true)).Value;
        Assert.Equal(NextAction.NextQuestion, last.NextAction);
        Assert.Equal((flaggedQ, AttemptKind.FlaggedRevisit), (last.Next!.Question.Id, last.Next.Kind));
        var end = (await _f.AnswerCurrentAsync(id, true)).Value;
        Assert.Equal(NextAction.SessionComplete, end.NextAction);
        Assert.Equal(n, end.Score!.CorrectCount);
    }

    [Fact]
    public async Task Answers_after_the_official_duration_are_refused()
    {
        var v = await _f.StartAsync(SessionMode.ExamSimulation, size: null);
        _f.Time.Advance(_f.Exam1.Duration);
        Assert.Equal(ErrorCodes.SessionExpired, (await _f.AnswerCurrentAsync(v.Session.Id, true)).Error!.Code);
        var view = (await _f.Service.GetAsync(v.Session.Id, ServiceFixture.User)).Value;
        Assert.Equal(SessionStatus.Expired, view.Session.Status);
        Assert.False(view.Score!.Passed);
    }
}
