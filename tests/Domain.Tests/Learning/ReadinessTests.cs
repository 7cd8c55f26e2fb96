using FsCheck;
using FsCheck.Fluent;
using StudyGraph.Domain.Learning;

namespace StudyGraph.Domain.Tests.Learning;

public class ReadinessTests
{
    private static readonly string[] Topics = ["t1", "t2", "t3"];

    private static LearnerExamStats WithAbilities(params double[] abilities)
    {
        var stats = new LearnerExamStats("u", "ex");
        for (var i = 0; i < abilities.Length; i++) stats.SetTopic(TopicStats.Empty(Topics[i]) with { Ability = new Rating(abilities[i], 10), FirstTryAnswered = 10 });
        return stats;
    }

    /// <summary>Replays first-try answers to distinct questions through the recorder's pure update.</summary>
    private static LearnerExamStats Replay(IReadOnlyList<(int Topic, bool Correct)> answers)
    {
        var recorder = new LearningRecorder(new InMemoryLearnerStatsStore(), new InMemoryQuestionRatingStore());
        var stats = new LearnerExamStats("u", "ex");
        for (var i = 0; i < answers.Count; i++)
        {
            var (topic, correct) = answers[i];
            var e = LearningFixtures.Answer("u", "q" + i, correct, LearningFixtures.T0.AddMinutes(i), topic: Topics[topic]);
            recorder.Apply(stats, Rating.Initial, e, 0.25);
        }
        return stats;
    }

    [Fact]
    public void The_parts_follow_the_formulas()
    {
        var exam = LearningFixtures.Exam(count: 60, pass: 700);
        var r = ReadinessCalculator.Compute(exam, WithAbilities(2, 0, -1), guess: 0.25);
        double[] p = [0.25 + 0.75 * Elo.Sigmoid(2), 0.25 + 0.75 * 0.5, 0.25 + 0.75 * Elo.Sigmoid(-1)];
        double[] w = [0.5, 0.3, 0.2];
        var expected = w[0] * p[0] + w[1] * p[1] + w[2] * p[2];
        var sd = Math.Sqrt((w[0] * p[0] * (1 - p[0]) + w[1] * p[1] * (1 - p[1]) + w[2] * p[2] * (1 - p[2])) / 60);
        Assert.Equal(expected, r.ExpectedScore, 12);
        Assert.Equal(sd, r.StandardDeviation, 12);
        Assert.Equal(0.7, r.PassingFraction, 12);
        Assert.Equal(p[1], r.Topics[1].PredictedChance, 12);
        Assert.Equal(0.5, r.Topics[1].Mastery, 12);
        // Φ((E − 0.7)/sd) with E ≈ 0.7331, sd ≈ 0.0517: z ≈ 0.64, Φ ≈ 0.739 (table)
        Assert.Equal(NormalDistribution.Cdf((expected - 0.7) / sd), r.PassProbability, 12);
        Assert.InRange(r.PassProbability, 0.73, 0.75);
        Assert.Equal(30, r.Answered);
    }

    [Fact]
    public void A_learner_without_history_is_predicted_at_guess_plus_half_the_rest()
    {
        var r = ReadinessCalculator.Compute(LearningFixtures.Exam(), null, guess: 0.25);
        Assert.Equal(0.625, r.ExpectedScore, 12);
        Assert.All(r.Topics, t => Assert.Null(t.Accuracy));
    }

    [Fact]
    public void Harder_topic_questions_lower_mastery_and_prediction()
    {
        var exam = LearningFixtures.Exam();
        var plain = ReadinessCalculator.Compute(exam, WithAbilities(1, 1, 1));
        var hard = ReadinessCalculator.Compute(exam, WithAbilities(1, 1, 1), new Dictionary<string, double> { ["t1"] = 1.5 });
        Assert.True(hard.Topics[0].Mastery < plain.Topics[0].Mastery);
        Assert.True(hard.ExpectedScore < plain.ExpectedScore);
    }

    [Fact]
    public void Readiness_rises_with_accuracy_and_never_leaves_0_1()
    {
        var exam = LearningFixtures.Exam(count: 65, pass: 720);
        var answers = Gen.ListOf(Gen.Zip(Gen.Choose(0, 2), Gen.Elements(true, false))).Select(l => l.ToArray());
        var input = Gen.Zip(answers, Gen.Choose(0, 1000)).ToArbitrary();
        Prop.ForAll(input, t =>
        {
            var (list, pick) = t;
            var before = ReadinessCalculator.Compute(exam, Replay(list));
            var wrong = Enumerable.Range(0, list.Length).Where(i => !list[i].Item2).ToArray();
            if (wrong.Length == 0) return InUnit(before);
            var flipped = list.ToArray();
            var i = wrong[pick % wrong.Length];
            flipped[i] = (list[i].Item1, true);
            var after = ReadinessCalculator.Compute(exam, Replay(flipped));
            return InUnit(before) && InUnit(after) && after.ExpectedScore >= before.ExpectedScore - 1e-12
                   && after.Topics[list[i].Item1].Mastery > before.Topics[list[i].Item1].Mastery;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Pass_probability_rises_with_ability_and_stays_in_0_1()
    {
        var exam = LearningFixtures.Exam(count: 65, pass: 720);
        var pair = Gen.Zip(Gen.Choose(-800, 800), Gen.Choose(0, 400)).ToArbitrary();
        Prop.ForAll(pair, t =>
        {
            var low = t.Item1 / 100.0;
            var high = low + t.Item2 / 100.0;
            var a = ReadinessCalculator.Compute(exam, WithAbilities(low, low, low));
            var b = ReadinessCalculator.Compute(exam, WithAbilities(high, high, high));
            return InUnit(a) && InUnit(b) && b.PassProbability >= a.PassProbability - 1e-12 && b.ExpectedScore >= a.ExpectedScore;
        }).QuickCheckThrowOnFailure();
    }

    private static bool InUnit(ExamReadiness r) =>
        r.ExpectedScore is >= 0 and <= 1 && r.PassProbability is >= 0 and <= 1 && r.StandardDeviation is >= 0 and <= 1
        && r.Topics.All(t => t.Mastery is >= 0 and <= 1 && t.PredictedChance is >= 0 and <= 1);
}
