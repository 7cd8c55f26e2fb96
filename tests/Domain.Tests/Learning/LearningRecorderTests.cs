using StudyGraph.Domain.Learning;
using StudyGraph.Domain.Sessions.Events;
using static StudyGraph.Domain.Tests.Learning.LearningFixtures;

namespace StudyGraph.Domain.Tests.Learning;

public class LearningRecorderTests
{
    private readonly InMemoryLearnerStatsStore _stats = new();
    private readonly InMemoryQuestionRatingStore _ratings = new();
    private readonly LearningRecorder _recorder;

    public LearningRecorderTests() => _recorder = new LearningRecorder(_stats, _ratings);

    [Fact]
    public async Task First_try_answers_move_ability_difficulty_and_memory_and_reasks_only_count_attempts()
    {
        var q = Question("q1");
        await _recorder.RecordAsync(Answer("u", "q1", false, T0), q);
        await _recorder.RecordAsync(Answer("u", "q1", true, T0.AddSeconds(20), AttemptKind.ImmediateRetry), q);

        var doc = (await _stats.GetAsync("u", "ex"))!;
        var topic = doc.Topic("t1");
        Assert.Equal((1, 0, 2), (topic.FirstTryAnswered, topic.FirstTryCorrect, topic.Attempts));
        Assert.True(topic.Ability.Value < 0);
        Assert.Equal(1, topic.Ability.Count);
        Assert.True((await _ratings.GetAsync("q1"))!.Difficulty.Value > 0);
        var memory = doc.Memory["q1"];
        Assert.Equal(1, memory.Reviews);          // the immediate re-ask is not a memory review
        Assert.Equal(FsrsGrade.Again, memory.LastGrade);
        Assert.Equal(2, doc.Version);

        await _recorder.RecordAsync(Answer("u", "q1", true, T0.AddMinutes(10), AttemptKind.FromPool), q);
        doc = (await _stats.GetAsync("u", "ex"))!;
        Assert.Equal(2, doc.Memory["q1"].Reviews);
        Assert.Equal(1, doc.Topic("t1").Ability.Count); // wrong-pool answers are not first tries
    }

    [Fact]
    public async Task A_redelivered_event_counts_once()
    {
        var e = Answer("u", "q1", true, T0);
        await _recorder.RecordAsync(e, Question("q1"));
        await _recorder.RecordAsync(e, Question("q1"));
        var doc = (await _stats.GetAsync("u", "ex"))!;
        Assert.Equal(1, doc.Version);
        Assert.Equal((1, 1), (doc.Topic("t1").FirstTryAnswered, doc.Topic("t1").Ability.Count));
        Assert.Equal(1, doc.Memory["q1"].Reviews);
        Assert.Null(_recorder.Apply(doc, Rating.Initial, e, 0.25));
        Assert.Equal(1, (await _ratings.GetAsync("q1"))!.Difficulty.Count);
    }

    [Fact]
    public async Task Racing_answers_of_one_learner_are_all_counted()
    {
        var events = Enumerable.Range(0, 16).Select(i => Answer("u", "q" + i, i % 2 == 0, T0.AddSeconds(i))).ToArray();
        await Task.WhenAll(events.Select(e => Task.Run(async () => await _recorder.RecordAsync(e, Question(e.QuestionId)))));
        var doc = (await _stats.GetAsync("u", "ex"))!;
        Assert.Equal(16, doc.Topic("t1").FirstTryAnswered);
        Assert.Equal(8, doc.Topic("t1").FirstTryCorrect);
        Assert.Equal(16, doc.Memory.Count);
        Assert.Equal(16, doc.Version);
    }

    [Fact]
    public async Task A_stats_document_is_per_learner_and_exam()
    {
        await _recorder.RecordAsync(Answer("u", "q1", true, T0), Question("q1"));
        await _recorder.RecordAsync(Answer("v", "q1", true, T0), Question("q1"));
        await _recorder.RecordAsync(Answer("u", "z1", true, T0, exam: "ex2", topic: "zt"), Question("z1", "zt", "ex2"));
        Assert.Equal(2, (await _stats.ListForUserAsync("u")).Count);
        Assert.Equal(2, (await _ratings.GetAsync("q1"))!.Difficulty.Count);
    }

    [Fact]
    public async Task A_stale_version_is_refused_by_the_store()
    {
        var doc = new LearnerExamStats("u", "ex");
        Assert.True(await _stats.TrySaveAsync(doc, 0));
        var stale = new LearnerExamStats("u", "ex");
        Assert.False(await _stats.TrySaveAsync(stale, 0));
        Assert.True(await _stats.TrySaveAsync(doc, 1));
        Assert.Equal(2, doc.Version);
    }
}
