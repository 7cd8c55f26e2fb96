using StudyGraph.Domain.Catalog;

namespace StudyGraph.Domain.Learning;

/// <summary>Computes <see cref="ExamReadiness"/> from a learner's topic abilities and the exam's blueprint.</summary>
public static class ReadinessCalculator
{
    /// <summary>
    /// Readiness of <paramref name="stats"/> (null: no history) for <paramref name="exam"/>.
    /// <paramref name="topicDifficulty"/> gives the mean Elo difficulty b̄ of each topic's rated questions (missing: 0);
    /// <paramref name="guess"/> is the guess chance of an average question.
    /// </summary>
    public static ExamReadiness Compute(Exam exam, LearnerExamStats? stats, IReadOnlyDictionary<string, double>? topicDifficulty = null, double guess = 0.25)
    {
        var topics = exam.Blueprint.Topics;
        var total = exam.Blueprint.TotalWeight;
        var n = Math.Max(1, exam.QuestionCount);
        var parts = new TopicReadiness[topics.Count];
        double expected = 0, variance = 0;
        var answered = 0;
        for (var i = 0; i < topics.Count; i++)
        {
            var topic = topics[i];
            var ts = stats?.Topic(topic.Id) ?? TopicStats.Empty(topic.Id);
            var b = topicDifficulty is not null && topicDifficulty.TryGetValue(topic.Id, out var d) ? d : 0;
            var mastery = Elo.Sigmoid(ts.Ability.Value - b);
            var chance = Clamp01(guess + (1 - guess) * mastery);
            var share = total <= 0 ? 1.0 / topics.Count : (double)topic.Weight / total;
            expected += share * chance;
            // n·share questions of this topic, each a Bernoulli(chance): Var(fraction) = Σ n·share·p(1−p) / n².
            variance += share * chance * (1 - chance) / n;
            answered += ts.FirstTryAnswered;
            parts[i] = new TopicReadiness(topic.Id, topic.Name, share, ts.Ability.Value, mastery, chance, ts.FirstTryAnswered, ts.Accuracy);
        }
        expected = Clamp01(expected);
        var sd = Math.Sqrt(Math.Max(0, variance));
        var passing = Clamp01(exam.PassingScore.Fraction);
        var pass = sd <= 1e-12 ? (expected >= passing ? 1 : 0) : Clamp01(NormalDistribution.Cdf((expected - passing) / sd));
        return new ExamReadiness(exam.Id, parts, expected, sd, passing, pass, n, answered);
    }

    private static double Clamp01(double x) => double.IsNaN(x) ? 0 : Math.Clamp(x, 0, 1);
}
