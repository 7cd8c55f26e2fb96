using StudyGraph.Domain.Common;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;
using StudyGraph.Domain.Sessions.Service;

namespace StudyGraph.Domain.Tests.Sessions.Service;

public class StudySessionServiceTests
{
    private readonly ServiceFixture _f = new();

    [Fact]
    public async Task Start_draws_distinct_questions_presents_the_first_and_publishes_progress()
    {
        var v = await _f.StartAsync(size: 12);
        Assert.Equal(12, v.Session.Planned.Select(p => p.QuestionId).Distinct().Count());
        Assert.All(v.Session.Planned, p => Assert.Equal(_f.Exam1.Id, p.ExamId));
        Assert.NotNull(v.Current);
        Assert.Equal(v.Session.Current!.QuestionId, v.Current!.Question.Id);
        Assert.Equal(v.Session.Current.ChoiceOrder, v.Current.Choices.Select(c => c.Id));
        Assert.Equal(1, v.Session.Version);
        Assert.Equal(12, v.Progress.Planned);
        var e = Assert.IsType<SessionProgressed>(Assert.Single(_f.Publisher.Events));
        Assert.Equal(v.Session.Id, e.SessionId);
        Assert.NotNull(await _f.Sessions.GetAsync(v.Session.Id));
    }

    [Fact]
    public async Task Mixed_session_is_balanced_across_exams_of_different_providers()
    {
        var v = await _f.StartAsync(exams: [_f.Exam1.Id, _f.Exam2.Id], size: 20);
        Assert.Equal(10, v.Session.Planned.Count(p => p.ExamId == _f.Exam1.Id));
        Assert.Equal(10, v.Session.Planned.Count(p => p.ExamId == _f.Exam2.Id));
        Assert.NotEqual(_f.Banks[0].Provider.Id, _f.Banks[1].Provider.Id);
    }

    [Fact]
    public async Task Correct_answer_reveals_explanation_and_correct_ids_and_moves_on()
    {
        var v = await _f.StartAsync();
        var q = v.Current!.Question;
        var r = (await _f.AnswerAsync(v, true)).Value;
        Assert.True(r.Correct);
        Assert.Equal(NextAction.NextQuestion, r.NextAction);
        Assert.Equal(q.Explanation, r.Explanation);
        Assert.Equal(q.CorrectChoiceIds, r.CorrectChoiceIds);
        Assert.NotEqual(q.Id, r.Next!.Question.Id);
        Assert.Equal(1, r.Progress.Cleared);
        Assert.Equal(1, r.Progress.FirstTryCorrect);
        Assert.Equal(1.0, r.Progress.Accuracy);
        Assert.Null(r.Penalty);
    }

    [Fact]
    public async Task Wrong_answer_hides_the_key_and_retries_the_same_question_reshuffled()
    {
        var v = await _f.StartAsync();
        var r = (await _f.AnswerAsync(v, false)).Value;
        Assert.False(r.Correct);
        Assert.Null(r.Explanation);
        Assert.Null(r.CorrectChoiceIds);
        Assert.Equal(NextAction.RetrySameQuestion, r.NextAction);
        Assert.Equal(v.Current!.Question.Id, r.Next!.Question.Id);
        Assert.NotEqual(v.Current.Choices.Select(c => c.Id), r.Next.Choices.Select(c => c.Id));
        Assert.Equal(AttemptKind.ImmediateRetry, r.Next.Kind);
        Assert.Equal((1, 2, "(+1 Question @ 2 Tries)"), (r.Penalty!.Questions, r.Penalty.Tries, r.Penalty.Text));
        Assert.Equal((1, 2), (r.Progress.WrongPoolSize, r.Progress.OutstandingTries));
    }

    [Fact]
    public async Task Answers_are_recorded_as_events_with_their_kind()
    {
        var v = await _f.StartAsync();
        await _f.AnswerAsync(v, false);
        await _f.AnswerAsync(v, true);
        var events = _f.Answers.All;
        Assert.Equal(2, events.Count);
        Assert.Equal((false, true, AttemptKind.Fresh), (events[0].Correct, events[0].FirstTry, events[0].AttemptKind));
        Assert.Equal((true, false, AttemptKind.ImmediateRetry), (events[1].Correct, events[1].FirstTry, events[1].AttemptKind));
        Assert.All(events, e => Assert.Equal((ServiceFixture.User, v.Session.Id, _f.Exam1.Id), (e.UserId, e.SessionId, e.ExamId)));
        Assert.Equal(2, _f.Publisher.OfType<AnswerRecorded>().Count);
        Assert.Equal(3, _f.Publisher.OfType<SessionProgressed>().Count);
    }

    [Fact]
    public async Task Stale_answer_naming_another_question_is_refused_and_counts_nothing()
    {
        var v = await _f.StartAsync();
        var other = v.Session.Planned.First(p => p.QuestionId != v.Current!.Question.Id);
        var r = await _f.Service.AnswerAsync(new AnswerCommand(v.Session.Id, ServiceFixture.User, other.QuestionId, other.CorrectChoiceIds));
        Assert.Equal(ErrorCodes.StaleAnswer, r.Error!.Code);
        Assert.Contains(other.QuestionId, r.Error.Message);
        var s = (await _f.Sessions.GetAsync(v.Session.Id))!;
        Assert.Empty(s.Trail);
        Assert.Equal(1, s.Version);
    }

    [Fact]
    public async Task Answer_to_an_older_presentation_of_the_same_question_is_stale()
    {
        var v = await _f.StartAsync();
        await _f.AnswerAsync(v, false); // re-asked: same question, presentation 2
        var q = v.Current!.Question;
        var r = await _f.Service.AnswerAsync(new AnswerCommand(v.Session.Id, ServiceFixture.User, q.Id, q.CorrectChoiceIds, PresentationNumber: v.Current.Number));
        Assert.Equal(ErrorCodes.StaleAnswer, r.Error!.Code);
    }

    [Fact]
    public async Task Idempotency_key_returns_the_first_result_and_counts_nothing_twice()
    {
        var v = await _f.StartAsync();
        var first = (await _f.AnswerAsync(v, false, key: "k-1")).Value;
        var q = v.Current!.Question;
        var retry = (await _f.Service.AnswerAsync(new AnswerCommand(v.Session.Id, ServiceFixture.User, q.Id, q.CorrectChoiceIds, v.Current.Number, "k-1"))).Value;
        Assert.True(retry.Replayed);
        Assert.Equal((first.AttemptNumber, first.Correct, first.NextAction), (retry.AttemptNumber, retry.Correct, retry.NextAction));
        Assert.Equal(first.Next!.Number, retry.Next!.Number);
        var s = (await _f.Sessions.GetAsync(v.Session.Id))!;
        Assert.Single(s.Trail);
        Assert.Single(_f.Answers.All);
        Assert.Equal(2, s.Version);
    }

    [Fact]
    public async Task Unknown_session_or_another_learners_session_is_not_found()
    {
        var v = await _f.StartAsync();
        var q = v.Current!.Question;
        Assert.Equal(ErrorCodes.NotFound, (await _f.Service.AnswerAsync(new AnswerCommand("nope", ServiceFixture.User, q.Id, ["a"]))).Error!.Code);
        Assert.Equal(ErrorCodes.NotFound, (await _f.Service.AnswerAsync(new AnswerCommand(v.Session.Id, "intruder", q.Id, ["a"]))).Error!.Code);
        Assert.Equal(ErrorCodes.NotFound, (await _f.Service.GetAsync(v.Session.Id, "intruder")).Error!.Code);
    }

    [Fact]
    public async Task Invalid_choice_ids_are_a_validation_error()
    {
        var v = await _f.StartAsync();
        var q = v.Current!.Question;
        var r = await _f.Service.AnswerAsync(new AnswerCommand(v.Session.Id, ServiceFixture.User, q.Id, ["zz"]));
        Assert.Equal((ErrorCodes.Validation, "choiceIds[0]"), (r.Error!.Code, r.Error.Path));
        Assert.Equal(ErrorCodes.Validation, (await _f.Service.AnswerAsync(new AnswerCommand(v.Session.Id, ServiceFixture.User, q.Id, []))).Error!.Code);
    }

    [Theory]
    [InlineData(SessionMode.ExamSimulation, 2, null, "examIds")]
    [InlineData(SessionMode.TopicFocus, 1, null, "topicIds")]
    [InlineData(SessionMode.Practice, 1, 0, "size")]
    [InlineData(SessionMode.Practice, 1, 201, "size")]
    public async Task Bad_start_requests_are_validation_errors(SessionMode mode, int exams, int? size, string path)
    {
        var ids = new[] { _f.Exam1.Id, _f.Exam2.Id }.Take(exams).ToList();
        var r = await _f.Service.StartAsync(new StartSessionCommand(ServiceFixture.User, mode, ids, Size: size));
        Assert.Equal((ErrorCodes.Validation, path), (r.Error!.Code, r.Error.Path));
    }

    [Fact]
    public async Task Unknown_exam_is_not_found()
    {
        var r = await _f.Service.StartAsync(new StartSessionCommand(ServiceFixture.User, SessionMode.Practice, ["no-such-exam"]));
        Assert.Equal(ErrorCodes.NotFound, r.Error!.Code);
    }
}
