using BenchmarkDotNet.Attributes;
using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Catalog.Synthetic;
using StudyGraph.Domain.Common;
using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Draw;
using StudyGraph.Domain.Sessions.Service;

namespace StudyGraph.Benchmarks;

/// <summary>
/// The adaptive engine on a 100,000-question synthetic bank: choosing the next question, processing an answer (in the
/// aggregate, and through the service with the in-memory store's JSON round trip), starting a session (the planned-set
/// draw) and the memory of one active session.
/// </summary>
[MemoryDiagnoser]
public class SessionBenchmarks
{
    private const int BankSize = 100_000;
    private const int SessionSize = 65;
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private Exam _exam = null!;
    private Dictionary<string, PlannedQuestion> _byId = null!;
    private Dictionary<string, IReadOnlyList<QuestionSummary>> _summaries = null!;
    private StudySessionSnapshot _activeSnapshot = null!;
    private string _activeJson = "";
    private StudySession _session = null!;
    private SeededRandom _random = null!;
    private List<PoolEntry> _pool = null!;
    private int _answers;
    private StudySessionService _service = null!;
    private InMemorySessionRepository _repo = null!;
    private InMemoryQuestionRepository _questions = null!;
    private string _serviceSessionId = "";
    private ManualTimeProvider _time = null!;

    /// <summary>Generates the bank, draws a session and plays it halfway so the pools are realistic.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var bank = SyntheticBankGenerator.Generate(new SyntheticBankSpec { Seed = 42, TopicsPerExam = 6, QuestionsPerExam = BankSize })[0];
        _exam = bank.Exam;
        _byId = bank.Questions.ToDictionary(q => q.Id, PlannedQuestion.From);
        _summaries = new() { [_exam.Id] = bank.Questions.Select(q => new QuestionSummary(q.Id, q.ExamId, q.TopicId, q.Difficulty)).ToList() };
        _session = NewSession(7);
        for (var i = 0; i < 40 && _session.Status == SessionStatus.Active; i++) AnswerOnce(_session, i);
        _session.TakeEvents();
        _activeSnapshot = _session.ToSnapshot();
        _activeJson = SessionJson.Serialize(_session);
        Console.WriteLine($"// active session: {_session.Planned.Count} planned, {_session.Trail.Count} answers, wrong pool {_session.WrongPool.Count}, JSON document {_activeJson.Length:N0} chars");
        _random = new SeededRandom(3);
        _pool = [.. _session.WrongPool];
        if (_pool.Count < 3)
        {
            for (var i = _pool.Count; i < 3; i++) _pool.Add(new PoolEntry(i, 2, T0.AddSeconds(i)));
        }

        _questions = new InMemoryQuestionRepository();
        _questions.UpsertManyAsync(bank.Questions).AsTask().Wait();
        var exams = new InMemoryExamRepository();
        exams.UpsertAsync(_exam).AsTask().Wait();
        _repo = new InMemorySessionRepository();
        _time = new ManualTimeProvider(T0);
        _service = new StudySessionService(_repo, _questions, exams, new InMemoryAnswerEventStore(), new RecordingEventPublisher(),
            new SequenceRandomSource(1), _time, new InMemoryReviewQueueSource(), new StaticDrawHintsSource());
        NewServiceSession();
    }

    /// <summary>The next-question rule over the active session's pools (20/80 draw, oldest entry, uniform fresh pick).</summary>
    [Benchmark]
    public NextPick ChooseNextQuestion() => NextQuestionRule.Choose(_pool, 25, _pool[0].Index, 0.2, _random);

    /// <summary>Choosing and presenting: the rule plus the per-presentation shuffle of the chosen question's choices.</summary>
    [Benchmark]
    public string[] ChooseAndShuffleNextQuestion()
    {
        var pick = NextQuestionRule.Choose(_pool, 25, _pool[0].Index, 0.2, _random);
        var index = pick.Source == PickSource.Pool ? _pool[pick.Position].Index : pick.Position;
        return ChoiceShuffler.Shuffle(_session.Planned[index].ChoiceIds, _session.Planned[index].ChoiceIds, _random);
    }

    /// <summary>One answer in the aggregate: the answering table, the next question, progress and events (alternating right and wrong).</summary>
    [Benchmark]
    public NextAction ProcessAnswer()
    {
        if (_session.Status != SessionStatus.Active) _session = StudySession.FromSnapshot(_activeSnapshot);
        var action = AnswerOnce(_session, _answers++);
        _session.TakeEvents();
        return action;
    }

    /// <summary>One answer through the service: load (JSON) + apply + save with version check (JSON) + publish + result with the next question.</summary>
    [Benchmark]
    public async Task<NextAction> ProcessAnswerThroughService()
    {
        var s = (await _repo.GetAsync(_serviceSessionId))!;
        if (s.Status != SessionStatus.Active)
        {
            NewServiceSession();
            s = (await _repo.GetAsync(_serviceSessionId))!;
        }
        var p = s.Planned[s.Current!.Index];
        IReadOnlyList<string> chosen = (_answers++ % 3) == 0 ? [p.ChoiceIds.First(c => !p.CorrectChoiceIds.Contains(c))] : p.CorrectChoiceIds;
        _time.Advance(TimeSpan.FromSeconds(20));
        var r = await _service.AnswerAsync(new AnswerCommand(_serviceSessionId, "u1", p.QuestionId, chosen, s.Current.Number));
        return r.Value.NextAction;
    }

    /// <summary>Starting a session: the planned-set draw over 100,000 questions and the first presentation.</summary>
    [Benchmark]
    public StudySession StartSession() => NewSession(11);

    /// <summary>Memory of one active session: restoring it from its stored JSON document (allocations = its object graph plus parsing).</summary>
    [Benchmark]
    public StudySession RestoreActiveSessionFromJson() => SessionJson.Deserialize(_activeJson);

    /// <summary>Memory of one active session's own state: rebuilding the aggregate from a snapshot.</summary>
    [Benchmark]
    public StudySession RestoreActiveSessionFromSnapshot() => StudySession.FromSnapshot(_activeSnapshot);

    private StudySession NewSession(ulong seed)
    {
        var random = new SeededRandom(seed);
        var drawn = PlannedSetDraw.Draw(new DrawRequest([_exam], _summaries, SessionSize), random);
        var planned = new List<PlannedQuestion>(drawn.Count);
        foreach (var q in drawn) planned.Add(_byId[q.Id]);
        var start = new SessionStart("bench", "u1", SessionMode.Practice, [_exam.Id], [], new SessionOptions());
        return StudySession.Start(start, planned, random, T0).Value;
    }

    private static NextAction AnswerOnce(StudySession s, int i)
    {
        var p = s.Planned[s.Current!.Index];
        IReadOnlyList<string> chosen = (i % 3) == 0 ? [p.ChoiceIds.First(c => !p.CorrectChoiceIds.Contains(c))] : p.CorrectChoiceIds;
        return s.Answer(p.QuestionId, chosen, T0.AddSeconds(i + 1)).Value.Entry.NextAction;
    }

    private void NewServiceSession()
    {
        var r = _service.StartAsync(new StartSessionCommand("u1", SessionMode.Practice, [_exam.Id], Size: SessionSize, Seed: 5)).GetAwaiter().GetResult();
        _serviceSessionId = r.Value.Session.Id;
    }
}
