using StudyGraph.Domain.Learning;
using static StudyGraph.Domain.Tests.Learning.LearningFixtures;

namespace StudyGraph.Domain.Tests.Learning;

public class ReviewPlannerTests
{
    private static MemoryState State(string id, double stability, int lastDaysAgo, int dueInDays, FsrsGrade grade = FsrsGrade.Good) =>
        new(id, stability, 5, T0.AddDays(-lastDaysAgo), T0.AddDays(dueInDays), 2, 0, grade);

    [Fact]
    public void Due_questions_come_first_least_retrievable_first_then_missed_ones_then_nothing_else()
    {
        MemoryState[] states =
        [
            State("due-slightly", stability: 10, lastDaysAgo: 10, dueInDays: 0),
            State("due-long-ago", stability: 2, lastDaysAgo: 20, dueInDays: -18),
            State("missed", stability: 0.4, lastDaysAgo: 0, dueInDays: 1, FsrsGrade.Again),
            State("not-due", stability: 30, lastDaysAgo: 1, dueInDays: 29),
        ];
        Assert.Equal(["due-long-ago", "due-slightly", "missed"], ReviewPlanner.Plan(states, T0, 10));
        Assert.Equal(["due-long-ago"], ReviewPlanner.Plan(states, T0, 1));
    }

    [Fact]
    public async Task The_planner_reads_the_learners_memory_across_exams()
    {
        var store = new InMemoryLearnerStatsStore();
        var a = new LearnerExamStats("u", "ex1");
        a.SetMemory(State("q1", 2, 10, -8));
        var b = new LearnerExamStats("u", "ex2");
        b.SetMemory(State("q2", 2, 5, -3));
        Assert.True(await store.TrySaveAsync(a, 0));
        Assert.True(await store.TrySaveAsync(b, 0));
        var planner = new ReviewPlanner(store);
        Assert.Equal(["q1", "q2"], await planner.GetReviewQuestionIdsAsync("u", ["ex1", "ex2"], 10, T0));
        Assert.Empty(await planner.GetReviewQuestionIdsAsync("someone-else", ["ex1"], 10, T0));
        Assert.Equal(1, ReviewPlanner.CountDue(a, T0));
    }
}
