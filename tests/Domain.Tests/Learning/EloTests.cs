using StudyGraph.Domain.Learning;

namespace StudyGraph.Domain.Tests.Learning;

public class EloTests
{
    private readonly Elo _elo = new();

    [Fact]
    public void A_right_answer_raises_ability_and_lowers_difficulty_and_a_wrong_one_does_the_opposite()
    {
        var (ability, difficulty) = _elo.Update(Rating.Initial, Rating.Initial, correct: true, guess: 0.25);
        Assert.True(ability.Value > 0);
        Assert.True(difficulty.Value < 0);
        Assert.Equal(1, ability.Count);
        // P = 0.25 + 0.75·σ(0) = 0.625; K(0) = 1; θ = 1·(1 − 0.625)
        Assert.Equal(0.375, ability.Value, 12);

        var (a2, d2) = _elo.Update(Rating.Initial, Rating.Initial, correct: false, guess: 0.25);
        Assert.Equal(-0.625, a2.Value, 12);
        Assert.Equal(0.625, d2.Value, 12);
    }

    [Fact]
    public void K_shrinks_with_the_number_of_updates()
    {
        Assert.Equal(1.0, _elo.K(0), 12);
        Assert.Equal(1 / 1.5, _elo.K(10), 12);
        for (var n = 0; n < 100; n++) Assert.True(_elo.K(n + 1) < _elo.K(n));
        var fresh = _elo.Update(new Rating(0, 0), Rating.Initial, true, 0.25).Ability.Value;
        var seasoned = _elo.Update(new Rating(0, 50), Rating.Initial, true, 0.25).Ability.Value;
        Assert.True(seasoned < fresh);
    }

    [Fact]
    public void Guessing_is_one_in_k_for_single_choice_and_smaller_for_multiple_choice()
    {
        Assert.Equal(0.25, Elo.GuessProbability(4, 1, false), 12);
        Assert.Equal(1.0 / 10, Elo.GuessProbability(5, 2, true), 12); // C(5,2)
        Assert.True(Elo.GuessProbability(LearningFixtures.Question("m", choices: 5, correct: ["a", "b"])) < Elo.GuessProbability(LearningFixtures.Question("s", choices: 5)));
    }

    [Fact]
    public void Prediction_never_falls_below_the_guess_chance()
    {
        Assert.Equal(0.25, Elo.Predict(-50, 50, 0.25), 9);
        Assert.True(Elo.Predict(1, 0, 0.25) > Elo.Predict(0, 0, 0.25));
    }
}
