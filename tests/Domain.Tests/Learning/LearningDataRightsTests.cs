using System.Text.Json;
using StudyGraph.Domain.Accounts;
using StudyGraph.Domain.InMemory;
using StudyGraph.Domain.Learning;
using StudyGraph.Domain.Sessions.Events;
using StudyGraph.Domain.Tests.Accounts;
using static StudyGraph.Domain.Tests.Learning.LearningFixtures;

namespace StudyGraph.Domain.Tests.Learning;

public class LearningDataRightsTests
{
    [Fact]
    public async Task Export_and_deletion_cover_events_stats_and_goals_and_keep_question_quality()
    {
        var events = new InMemoryAnswerEventStore();
        var stats = new InMemoryLearnerStatsStore();
        var goals = new InMemoryGoalRepository();
        var h = new AccountHarness(new AnswerEventDataPort(events), stats, goals);
        var ada = (await h.Register()).User.Id;
        var bob = (await h.Register("bob@example.com", "Bob")).User.Id;
        var recorder = new LearningRecorder(stats, new InMemoryQuestionRatingStore());
        var q = Question("q");
        foreach (var e in new[]
                 {
                     Answer(ada, "q", false, T0, session: "sa"), Answer(ada, "q", true, T0.AddSeconds(9), AttemptKind.ImmediateRetry, session: "sa"),
                     Answer(ada, "q", false, T0.AddMinutes(5), AttemptKind.FromPool, session: "sa"), Answer(bob, "q", true, T0, session: "sb"),
                 })
        {
            await events.AppendAsync(e);
            await recorder.RecordAsync(e, q);
        }
        await goals.UpsertAsync(new StudyGoal("ga", ada, "ex", new DateOnly(2026, 5, 1), 10, T0));
        await goals.UpsertAsync(new StudyGoal("gb", bob, "ex", new DateOnly(2026, 5, 1), 10, T0));

        var export = (await h.Service.ExportAsync(ada)).Value!;
        Assert.Equal(3, export.Section("answerEvents")!.Records.Count);
        Assert.Single(export.Section("learnerStats")!.Records);
        Assert.Single(export.Section("goals")!.Records);
        var json = JsonSerializer.Serialize(export);
        Assert.Contains("\"ga\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain(bob, json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"gb\"", json, StringComparison.Ordinal);

        var qualityBefore = QuestionQualityCalculator.Compute(q, events.All);
        var report = (await h.Service.DeleteAsync(ada)).Value!;
        Assert.Contains(new ErasureOutcome("answerEvents", 0, 3), report.Sections);
        Assert.Contains(new ErasureOutcome("learnerStats", 1, 0), report.Sections);
        Assert.Contains(new ErasureOutcome("goals", 1, 0), report.Sections);
        Assert.DoesNotContain(events.All, e => e.UserId == ada || e.SessionId == "sa");
        Assert.Empty(await stats.ListForUserAsync(ada));
        Assert.Single(await goals.ListForUserAsync(bob));
        Assert.Equal(qualityBefore, QuestionQualityCalculator.Compute(q, events.All) with { Fragility = qualityBefore.Fragility });
        Assert.Equal(qualityBefore.Fragility, QuestionQualityCalculator.Compute(q, events.All).Fragility);
    }
}
