using StudyGraph.Domain.Catalog;

namespace StudyGraph.Domain.Learning;

/// <summary>
/// Elo-style ability/difficulty model on first-try answers:
/// P = guess + (1 − guess)·σ(θ − b), θ += K(nθ)·(y − P), b −= K(nb)·(y − P), K(n) = α / (1 + β·n).
/// </summary>
public sealed class Elo
{
    /// <summary>Creates the model with <paramref name="options"/> (defaults when null).</summary>
    public Elo(EloOptions? options = null) => Options = options ?? EloOptions.Default;

    /// <summary>The settings.</summary>
    public EloOptions Options { get; }

    /// <summary>The logistic function σ(x) = 1 / (1 + e^−x).</summary>
    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>K(n) = α / (1 + β·n).</summary>
    public double K(int n) => Options.Alpha / (1 + Options.Beta * n);

    /// <summary>P(correct) = guess + (1 − guess)·σ(θ − b).</summary>
    public static double Predict(double ability, double difficulty, double guess) =>
        guess + (1 - guess) * Sigmoid(ability - difficulty);

    /// <summary>
    /// Chance of answering by guessing: 1/k for a single-choice question with k choices; 1 / C(k, m) for a
    /// multiple-choice question with m correct of k (picking the right set of m at random).
    /// </summary>
    public static double GuessProbability(int choiceCount, int correctCount, bool multipleChoice)
    {
        if (choiceCount <= 0) return 0;
        if (!multipleChoice || correctCount <= 1) return 1.0 / choiceCount;
        return 1.0 / Binomial(choiceCount, Math.Min(correctCount, choiceCount));
    }

    /// <summary>The guess chance of <paramref name="question"/>.</summary>
    public static double GuessProbability(Question question) =>
        GuessProbability(question.Choices.Count, question.CorrectChoiceIds.Count, question.Type == QuestionType.MultipleChoice);

    /// <summary>Both ratings after one first-try answer (<paramref name="correct"/> is y).</summary>
    public (Rating Ability, Rating Difficulty) Update(Rating ability, Rating difficulty, bool correct, double guess)
    {
        var surprise = (correct ? 1 : 0) - Predict(ability.Value, difficulty.Value, guess);
        return (new Rating(ability.Value + K(ability.Count) * surprise, ability.Count + 1),
                new Rating(difficulty.Value - K(difficulty.Count) * surprise, difficulty.Count + 1));
    }

    private static double Binomial(int n, int k)
    {
        double result = 1;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }
}
