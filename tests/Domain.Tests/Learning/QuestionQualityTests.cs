using StudyGraph.Domain.Learning;
using StudyGraph.Domain.Sessions.Events;
using static StudyGraph.Domain.Tests.Learning.LearningFixtures;

namespace StudyGraph.Domain.Tests.Learning;

public class QuestionQualityTests
{
    private static readonly StudyGraph.Domain.Catalog.Question Q = Question("q", correct: ["a"]);

    [Fact]
    public void Fragility_compares_reask_accuracy_with_the_next_cold_encounter_after_a_miss()
    {
        AnswerRecorded[] events =
        [
            // ann: miss, right on the re-ask, later from the pool wrong (cold, wrong)
            Answer("ann", "q", false, T0, session: "s1"),
            Answer("ann", "q", true, T0.AddSeconds(20), AttemptKind.ImmediateRetry, session: "s1"),
            Answer("ann", "q", false, T0.AddMinutes(10), AttemptKind.FromPool, session: "s1"),
            // bob: miss, wrong re-ask, right re-ask, then right fresh in a later session (cold, right)
            Answer("bob", "q", false, T0, session: "s2"),
            Answer("bob", "q", false, T0.AddSeconds(20), AttemptKind.ImmediateRetry, session: "s2"),
            Answer("bob", "q", true, T0.AddSeconds(40), AttemptKind.ImmediateRetry, session: "s2"),
            Answer("bob", "q", true, T0.AddDays(3), session: "s3"),
            // cid: miss, right re-ask, never met again (no cold encounter)
            Answer("cid", "q", false, T0, session: "s4"),
            Answer("cid", "q", true, T0.AddSeconds(15), AttemptKind.ImmediateRetry, session: "s4"),
            // dan: miss, right re-ask, wrong-pool encounter in the same session (cold, wrong)
            Answer("dan", "q", false, T0, session: "s5"),
            Answer("dan", "q", true, T0.AddSeconds(15), AttemptKind.ImmediateRetry, session: "s5"),
            Answer("dan", "q", false, T0.AddMinutes(30), AttemptKind.FromPool, session: "s5"),
            // eve: right at once, a fresh answer in the same session later is not cold; no miss, no pair
            Answer("eve", "q", true, T0, session: "s6"),
            Answer("eve", "q", true, T0.AddDays(1), session: "s7"),
        ];
        var f = QuestionQualityCalculator.Compute(Q, events.Reverse().ToArray()).Fragility;
        Assert.Null(QuestionQualityCalculator.FragilityOf(events[^2..]).Value);
        Assert.Equal(5, f.ImmediateRetries);
        Assert.Equal(4, f.ImmediateRetriesCorrect);
        Assert.Equal(3, f.LaterColdEncounters);
        Assert.Equal(1, f.LaterColdCorrect);
        Assert.Equal(0.8, f.ImmediateRetryAccuracy!.Value, 12);
        Assert.Equal(1.0 / 3, f.LaterColdAccuracy!.Value, 12);
        Assert.Equal(0.8 - 1.0 / 3, f.Value!.Value, 12);
    }

    [Fact]
    public void Share_correct_time_and_most_chosen_wrong_choice_come_from_first_try_answers()
    {
        AnswerRecorded[] events =
        [
            Answer("a", "q", true, T0, seconds: 10, chosen: ["a"]),
            Answer("b", "q", false, T0, seconds: 20, chosen: ["c"]),
            Answer("c", "q", false, T0, seconds: 30, chosen: ["c"]),
            Answer("d", "q", false, T0, seconds: 40, chosen: ["b"]),
            Answer("d", "q", false, T0.AddSeconds(5), AttemptKind.ImmediateRetry, seconds: 99, chosen: ["d"]),
            Answer("x", "other", false, T0, chosen: ["d"]),
        ];
        var q = QuestionQualityCalculator.Compute(Q, events);
        Assert.Equal(5, q.Attempts);
        Assert.Equal(4, q.FirstTryAnswers);
        Assert.Equal(0.25, q.ShareCorrect);
        Assert.Equal(TimeSpan.FromSeconds(25), q.AverageTime);
        Assert.Equal("c", q.MostChosenWrongChoiceId);
        Assert.Equal(2, q.MostChosenWrongChoiceCount);
    }

    [Fact]
    public void Discrimination_is_positive_when_stronger_learners_get_it_right()
    {
        AnswerRecorded[] events = [Answer("s1", "q", true, T0), Answer("s2", "q", true, T0), Answer("w1", "q", false, T0), Answer("w2", "q", false, T0)];
        var ability = new Dictionary<string, double> { ["s1"] = 0.9, ["s2"] = 0.8, ["w1"] = 0.3, ["w2"] = 0.4 };
        var good = QuestionQualityCalculator.Compute(Q, events, ability).Discrimination!.Value;
        // M1 = 0.85, M0 = 0.35, population sd = sqrt(mean of squares − mean²) = sqrt(0.425 − 0.36) , p = q = 0.5
        Assert.Equal((0.85 - 0.35) / Math.Sqrt(0.425 - 0.36) * 0.5, good, 9);
        var reversed = new Dictionary<string, double> { ["s1"] = 0.3, ["s2"] = 0.4, ["w1"] = 0.9, ["w2"] = 0.8 };
        Assert.True(QuestionQualityCalculator.Compute(Q, events, reversed).Discrimination < 0);
        Assert.Null(QuestionQualityCalculator.Compute(Q, events[..2], ability).Discrimination); // everyone right: no spread
    }
}
