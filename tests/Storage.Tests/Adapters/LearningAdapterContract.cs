using StudyGraph.Domain.Catalog;
using StudyGraph.Domain.Learning;
using StudyGraph.Domain.Ports;
using StudyGraph.Domain.Sessions;
using StudyGraph.Domain.Sessions.Events;

namespace StudyGraph.Storage.Tests.Adapters;

/// <summary>What the answer-event, learner-stats, rating and goal adapters must do on any store (semantics of their in-memory versions).</summary>
public abstract class LearningAdapterContract : AdapterContract
{
    internal static AnswerRecorded Event(string id, string user, DateTimeOffset at, string exam = "e1", string question = "q1", string session = "s1",
        bool correct = true, bool firstTry = true) =>
        new(id, user, session, SessionMode.Practice, exam, exam + ".t1", question, ["a"], correct, firstTry, AttemptKind.Fresh, TimeSpan.FromSeconds(12.5), at);

    private static LearnerExamStats Stats(string user, string exam, int answered)
    {
        var s = new LearnerExamStats(user, exam);
        s.SetTopic(new TopicStats(exam + ".t1", new Rating(0.75, answered), answered, answered - 1, answered + 2, TimeSpan.FromSeconds(answered * 30)));
        s.SetTopic(TopicStats.Empty(exam + ".t2") with { Attempts = 1 });
        s.SetMemory(new MemoryState("q1", 3.25, 5.5, T0, T0.AddDays(3), 2, 1, FsrsGrade.Good));
        s.MarkApplied("ev-" + answered);
        return s;
    }

    [Fact]
    public async Task Answer_events_append_once_and_query_by_learner_exam_question_session_and_time_oldest_first()
    {
        await Repos.AnswerEvents.AppendAsync(Event("e3", "u1", T0.AddMinutes(3), question: "q2"));
        await Repos.AnswerEvents.AppendAsync(Event("e1", "u1", T0.AddMinutes(1)));
        await Repos.AnswerEvents.AppendAsync(Event("e2", "u1", T0.AddMinutes(2).ToOffset(TimeSpan.FromHours(5)), exam: "e2", session: "s2"));
        await Repos.AnswerEvents.AppendAsync(Event("e4", "u2", T0.AddMinutes(4)));
        await Repos.AnswerEvents.AppendAsync(Event("e1", "u1", T0.AddMinutes(9), correct: false));

        static string Ids(IReadOnlyList<AnswerRecorded> events) => string.Join(",", events.Select(e => e.EventId));
        Assert.Equal("e1,e2,e3,e4", Ids(await Repos.AnswerEvents.QueryAsync(new AnswerEventQuery())));
        var mine = await Repos.AnswerEvents.QueryAsync(new AnswerEventQuery(UserId: "u1"));
        Assert.Equal("e1,e2,e3", Ids(mine));
        Assert.Equal(Event("e1", "u1", T0.AddMinutes(1)) with { ChosenChoiceIds = mine[0].ChosenChoiceIds }, mine[0]);
        Assert.Equal(["a"], mine[0].ChosenChoiceIds);
        Assert.Equal("e2", Ids(await Repos.AnswerEvents.QueryAsync(new AnswerEventQuery(ExamId: "e2"))));
        Assert.Equal("e3", Ids(await Repos.AnswerEvents.QueryAsync(new AnswerEventQuery(QuestionId: "q2"))));
        Assert.Equal("e2", Ids(await Repos.AnswerEvents.QueryAsync(new AnswerEventQuery(SessionId: "s2"))));
        Assert.Equal("e2,e3", Ids(await Repos.AnswerEvents.QueryAsync(new AnswerEventQuery(UserId: "u1", Since: T0.AddMinutes(2), Until: T0.AddMinutes(4)))));
        Assert.Equal("e1,e2", Ids(await Repos.AnswerEvents.QueryAsync(new AnswerEventQuery(UserId: "u1", Limit: 2))));
        Assert.Empty(await Repos.AnswerEvents.QueryAsync(new AnswerEventQuery(Limit: 0)));

        Assert.Equal(3, await Repos.AnswerEvents.DeleteByUserAsync("u1"));
        Assert.Equal("e4", Ids(await Repos.AnswerEvents.QueryAsync(new AnswerEventQuery())));
    }

    [Fact]
    public async Task A_long_event_history_is_read_past_one_batch()
    {
        for (var i = 0; i < 1_205; i++) await Repos.AnswerEvents.AppendAsync(Event($"e{i:D5}", "u1", T0.AddSeconds(i)));
        var all = await Repos.AnswerEvents.QueryAsync(new AnswerEventQuery(UserId: "u1"));
        Assert.Equal(1_205, all.Count);
        Assert.Equal(Enumerable.Range(0, 1_205).Select(i => $"e{i:D5}"), all.Select(e => e.EventId));
        Assert.Equal(1_100, (await Repos.AnswerEvents.QueryAsync(new AnswerEventQuery(UserId: "u1", Limit: 1_100))).Count);
    }

    [Fact]
    public async Task Learner_stats_round_trip_and_save_only_at_the_expected_version()
    {
        var first = Stats("u1", "e1", 4);
        Assert.False(await Repos.LearnerStats.TrySaveAsync(first, 1));
        Assert.True(await Repos.LearnerStats.TrySaveAsync(first, 0));
        Assert.Equal(1, first.Version);
        Assert.False(await Repos.LearnerStats.TrySaveAsync(Stats("u1", "e1", 5), 0));

        var loaded = (await Repos.LearnerStats.GetAsync("u1", "e1"))!;
        Assert.Equal(1, loaded.Version);
        Assert.Equal(first.Topics.Values.OrderBy(t => t.TopicId), loaded.Topics.Values.OrderBy(t => t.TopicId));
        Assert.Equal(first.Memory["q1"], loaded.Memory["q1"]);
        Assert.Equal(["ev-4"], loaded.RecentEventIds);

        loaded.SetTopic(loaded.Topic("e1.t1") with { Attempts = 99 });
        Assert.True(await Repos.LearnerStats.TrySaveAsync(loaded, 1));
        Assert.Equal(2, loaded.Version);
        Assert.False(await Repos.LearnerStats.TrySaveAsync(first, 1));
        var again = (await Repos.LearnerStats.GetAsync("u1", "e1"))!;
        Assert.Equal(2, again.Version);
        Assert.Equal(99, again.Topic("e1.t1").Attempts);
        Assert.Null(await Repos.LearnerStats.GetAsync("u1", "e2"));
    }

    [Fact]
    public async Task Racing_recorders_lose_no_answer()
    {
        var recorder = new LearningRecorder(Repos.LearnerStats, Repos.QuestionRatings);
        var question = new Question("q1", "e1", "e1.t1", QuestionType.SingleChoice, "text", [new Choice("a", "A"), new Choice("b", "B")], ["a"], "", [], 3, []);
        await RaceAsync(6, async i =>
        {
            await recorder.RecordAsync(Event($"ev{i}", "u1", T0.AddSeconds(i), correct: i % 2 == 0), question);
            return i;
        });
        var stats = (await Repos.LearnerStats.GetAsync("u1", "e1"))!;
        Assert.Equal(6, stats.Topic("e1.t1").Attempts);
        Assert.Equal(6, stats.RecentEventIds.Count);
        Assert.NotNull(await Repos.QuestionRatings.GetAsync("q1"));
    }

    [Fact]
    public async Task Learner_stats_list_export_and_erase_per_learner()
    {
        await Repos.LearnerStats.TrySaveAsync(Stats("u1", "e2", 3), 0);
        await Repos.LearnerStats.TrySaveAsync(Stats("u1", "e1", 2), 0);
        await Repos.LearnerStats.TrySaveAsync(Stats("u2", "e1", 1), 0);
        Assert.Equal(["e1", "e2"], (await Repos.LearnerStats.ListForUserAsync("u1")).Select(s => s.ExamId));
        Assert.Equal(2, (await Repos.LearnerStats.ExportAsync("u1")).Count);
        Assert.Equal(new(Repos.LearnerStats.Section, 2, 0), await Repos.LearnerStats.EraseAsync("u1", "anon"));
        Assert.Empty(await Repos.LearnerStats.ListForUserAsync("u1"));
        Assert.Single(await Repos.LearnerStats.ListForUserAsync("u2"));
        // After deletion the learner starts again at version 0.
        Assert.True(await Repos.LearnerStats.TrySaveAsync(Stats("u1", "e1", 1), 0));
    }

    [Fact]
    public async Task Question_ratings_are_last_write_wins_and_listed_by_exam()
    {
        await Repos.QuestionRatings.SaveAsync(new QuestionRating("q2", "e1", "e1.t1", new Rating(0.5, 1)));
        await Repos.QuestionRatings.SaveAsync(new QuestionRating("q1", "e1", "e1.t2", new Rating(-0.25, 3)));
        await Repos.QuestionRatings.SaveAsync(new QuestionRating("q9", "e2", "e2.t1", new Rating(1, 1)));
        await Repos.QuestionRatings.SaveAsync(new QuestionRating("q2", "e1", "e1.t1", new Rating(0.625, 2)));
        Assert.Equal(new QuestionRating("q2", "e1", "e1.t1", new Rating(0.625, 2)), await Repos.QuestionRatings.GetAsync("q2"));
        Assert.Null(await Repos.QuestionRatings.GetAsync("q3"));
        Assert.Equal(["q1", "q2"], (await Repos.QuestionRatings.ListByExamAsync("e1")).Select(r => r.QuestionId));
    }

    [Fact]
    public async Task Goals_upsert_list_oldest_first_and_delete_only_the_owners()
    {
        var g1 = new StudyGoal("g1", "u1", "e1", new DateOnly(2026, 6, 1), 20, T0.AddDays(2));
        var g2 = new StudyGoal("g2", "u1", "e2", new DateOnly(2026, 7, 1), 10, T0.AddDays(1));
        await Repos.Goals.UpsertAsync(g1);
        await Repos.Goals.UpsertAsync(g2);
        await Repos.Goals.UpsertAsync(new StudyGoal("g3", "u2", "e1", new DateOnly(2026, 6, 1), 5, T0));
        await Repos.Goals.UpsertAsync(g1 with { DailyQuestionTarget = 25 });

        var mine = await Repos.Goals.ListForUserAsync("u1");
        Assert.Equal([g2, g1 with { DailyQuestionTarget = 25 }], mine);
        Assert.False(await Repos.Goals.DeleteAsync("u2", "g1"));
        Assert.True(await Repos.Goals.DeleteAsync("u1", "g1"));
        Assert.False(await Repos.Goals.DeleteAsync("u1", "g1"));
        Assert.Equal([g2], await Repos.Goals.ExportAsync("u1"));
        Assert.Equal(1, await Repos.Goals.DeleteForUserAsync("u1"));
        Assert.Single(await Repos.Goals.ListForUserAsync("u2"));
    }
}
