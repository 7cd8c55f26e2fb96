using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Catalog.Synthetic;
using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Service;

namespace StudyGraph.Domain.Tests.Sessions.Service;

/// <summary>The session service over in-memory ports and a synthetic catalog of two providers (one exam each).</summary>
public sealed class ServiceFixture
{
    public const string User = "u1";

    public ServiceFixture(int questionsPerExam = 120, Func<InMemorySessionRepository, ISessionRepository>? sessions = null)
    {
        Banks = SyntheticBankGenerator.Generate(new SyntheticBankSpec { Seed = 5, Providers = 2, TopicsPerExam = 4, QuestionsPerExam = questionsPerExam });
        foreach (var b in Banks)
        {
            Providers.UpsertAsync(b.Provider).AsTask().Wait();
            Exams.UpsertAsync(b.Exam).AsTask().Wait();
            Questions.UpsertManyAsync(b.Questions).AsTask().Wait();
        }
        Sessions = sessions?.Invoke(Memory) ?? Memory;
        Service = new StudySessionService(Sessions, Questions, Exams, Answers, Publisher, new SequenceRandomSource(99), Time, Review, Hints);
    }

    public IReadOnlyList<StudyGraph.Domain.Catalog.Import.QuestionBank> Banks { get; }
    public Exam Exam1 => Banks[0].Exam;
    public Exam Exam2 => Banks[1].Exam;
    public InMemoryProviderRepository Providers { get; } = new();
    public InMemoryExamRepository Exams { get; } = new();
    public InMemoryQuestionRepository Questions { get; } = new();
    public InMemorySessionRepository Memory { get; } = new();
    public ISessionRepository Sessions { get; }
    public InMemoryAnswerEventStore Answers { get; } = new();
    public RecordingEventPublisher Publisher { get; } = new();
    public ManualTimeProvider Time { get; } = new(SessionHarness.T0);
    public InMemoryReviewQueueSource Review { get; } = new();
    public StaticDrawHintsSource Hints { get; } = new();
    public StudySessionService Service { get; }

    public Question Get(string id) => Questions.GetAsync(id).AsTask().Result!;

    public async Task<SessionView> StartAsync(SessionMode mode = SessionMode.Practice, IReadOnlyList<string>? exams = null, int? size = 10,
        IReadOnlyList<string>? topics = null, TimeSpan? timeLimit = null, ulong seed = 1)
    {
        var r = await Service.StartAsync(new StartSessionCommand(User, mode, exams ?? [Exam1.Id], topics, size, timeLimit, Seed: seed));
        Assert.True(r.IsSuccess, r.ToString());
        return r.Value;
    }

    /// <summary>Answers the current question of a session right or wrong through the service.</summary>
    public async Task<StudyGraph.Domain.Common.Result<AnswerResult>> AnswerAsync(SessionView view, bool correct, string? key = null) =>
        await AnswerCurrentAsync(view.Session.Id, correct, key);

    public async Task<StudyGraph.Domain.Common.Result<AnswerResult>> AnswerCurrentAsync(string sessionId, bool correct, string? key = null)
    {
        var s = (await Sessions.GetAsync(sessionId))!;
        var q = Get(s.Current!.QuestionId);
        IReadOnlyList<string> chosen = correct ? q.CorrectChoiceIds : [q.Choices.First(c => !q.CorrectChoiceIds.Contains(c.Id)).Id];
        return await Service.AnswerAsync(new AnswerCommand(sessionId, User, q.Id, chosen, s.Current.Number, key));
    }
}
