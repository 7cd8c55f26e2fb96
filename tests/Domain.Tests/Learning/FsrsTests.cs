using StudyGraph.Domain.Learning;

namespace StudyGraph.Domain.Tests.Learning;

/// <summary>
/// Expected numbers were computed by hand (a separate Python transcription) from the published FSRS-5 formulas,
/// open-spaced-repetition wiki "The Algorithm" with the FSRS-5 default weights:
/// R(t,S) = (1 + 19/81·t/S)^−0.5; S0(G) = w[G−1]; D0(G) = w4 − e^(w5(G−1)) + 1;
/// D' = w7·D0(4) + (1−w7)(D − w6(G−3)(10−D)/9);
/// S'r = S(1 + e^w8 (11−D) S^−w9 (e^(w10(1−R)) − 1)·w15[Hard]·w16[Easy]);
/// S'f = min(w11 D^−w12 ((S+1)^w13 − 1) e^(w14(1−R)), S/e^(w17·w18)); same day S' = S·e^(w17(G−3+w18)).
/// </summary>
public class FsrsTests
{
    private const int Digits = 9;
    private static readonly DateTimeOffset T0 = LearningFixtures.T0;
    private readonly Fsrs _fsrs = new();

    [Fact]
    public void Retrievability_is_0_9_after_one_stability_and_1_at_once()
    {
        Assert.Equal(0.9, Fsrs.Retrievability(7.5, 7.5), Digits);
        Assert.Equal(1.0, Fsrs.Retrievability(0, 7.5), Digits);
        // R(3, 3.173) = (1 + 19/81 · 3/3.173)^−0.5
        Assert.Equal(0.9046982108893272, Fsrs.Retrievability(3, 3.173), Digits);
    }

    [Fact]
    public void First_review_uses_the_initial_stability_and_difficulty_of_the_grade()
    {
        var good = _fsrs.First("q", FsrsGrade.Good, T0);
        Assert.Equal(3.173, good.Stability, Digits);                 // w2
        Assert.Equal(5.282434422319005, good.Difficulty, Digits);    // 7.1949 − e^(0.5345·2) + 1
        Assert.Equal(T0.AddDays(3), good.Due);                       // round(I(0.9, 3.173)) = 3
        var again = _fsrs.First("q", FsrsGrade.Again, T0);
        Assert.Equal(0.40255, again.Stability, Digits);              // w0
        Assert.Equal(7.1949, again.Difficulty, Digits);              // w4 − e^0 + 1
        Assert.Equal(T0.AddDays(1), again.Due);                      // at least one day
        Assert.Equal(1, again.Lapses);
    }

    [Theory]
    [InlineData(FsrsGrade.Good, 10.73892584613159, 5.272967931287446)]
    [InlineData(FsrsGrade.Hard, 4.924511833379462, 6.0349502556102195)]
    [InlineData(FsrsGrade.Easy, 25.79360509476422, 4.510985606964673)]
    public void A_recall_three_days_after_a_good_first_review_follows_the_recall_formula(FsrsGrade grade, double stability, double difficulty)
    {
        var next = _fsrs.Next(_fsrs.First("q", FsrsGrade.Good, T0), grade, T0.AddDays(3));
        Assert.Equal(stability, next.Stability, Digits);
        Assert.Equal(difficulty, next.Difficulty, Digits);
        Assert.Equal(T0.AddDays(3 + Math.Round(stability)), next.Due);
        Assert.Equal(2, next.Reviews);
    }

    [Fact]
    public void A_lapse_ten_days_after_a_good_first_review_follows_the_forget_formula()
    {
        var next = _fsrs.Next(_fsrs.First("q", FsrsGrade.Good, T0), FsrsGrade.Again, T0.AddDays(10));
        Assert.Equal(1.4717624124106872, next.Stability, Digits);
        Assert.Equal(6.796932579932991, next.Difficulty, Digits);
        Assert.Equal(1, next.Lapses);
        Assert.Equal(FsrsGrade.Again, next.LastGrade);
    }

    [Fact]
    public void Post_lapse_stability_is_capped_at_S_over_e_to_the_w17_w18()
    {
        var state = new MemoryState("q", 0.5, 1, T0, T0, 1, 0, FsrsGrade.Good);
        var next = _fsrs.Next(state, FsrsGrade.Again, T0.AddDays(1));
        // long-term 0.367972191053541 exceeds the cap 0.5 / e^(0.51655·0.6621) = 0.35517134799010497
        Assert.Equal(0.35517134799010497, next.Stability, Digits);
    }

    [Fact]
    public void A_review_on_the_same_day_uses_the_short_term_formula()
    {
        var next = _fsrs.Next(_fsrs.First("q", FsrsGrade.Good, T0), FsrsGrade.Easy, T0.AddHours(2));
        Assert.Equal(7.487502277394533, next.Stability, Digits); // 3.173 · e^(0.51655·(1 + 0.6621))
    }

    [Fact]
    public void The_interval_equals_stability_at_retention_0_9_and_grows_when_less_retention_is_wanted()
    {
        Assert.Equal(10, _fsrs.IntervalDays(10), Digits);
        var relaxed = new Fsrs(new FsrsParameters { DesiredRetention = 0.8 });
        Assert.Equal(23.98026315789473, relaxed.IntervalDays(10), Digits); // 10/(19/81) · (0.8^−2 − 1)
    }

    [Theory]
    [InlineData(false, 5, FsrsGrade.Again)]
    [InlineData(false, 120, FsrsGrade.Again)]
    [InlineData(true, 5, FsrsGrade.Easy)]
    [InlineData(true, 30, FsrsGrade.Good)]
    [InlineData(true, 90, FsrsGrade.Hard)]
    public void Grades_come_from_right_or_wrong_and_response_time(bool correct, double seconds, FsrsGrade expected) =>
        Assert.Equal(expected, GradePolicy.Default.Grade(correct, TimeSpan.FromSeconds(seconds)));
}
