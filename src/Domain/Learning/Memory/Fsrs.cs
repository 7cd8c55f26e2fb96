namespace StudyGraph.Domain.Learning;

/// <summary>
/// The FSRS-5 memory model (open-spaced-repetition, "The Algorithm", FSRS-5). Pure functions of the parameters:
/// <list type="bullet">
/// <item>R(t,S) = (1 + FACTOR·t/S)^DECAY, DECAY = −0.5, FACTOR = 0.9^(1/DECAY) − 1 = 19/81</item>
/// <item>I(r,S) = S/FACTOR · (r^(1/DECAY) − 1) (equals S for r = 0.9)</item>
/// <item>S0(G) = w[G−1]; D0(G) = w4 − e^(w5·(G−1)) + 1</item>
/// <item>D' = w7·D0(4) + (1 − w7)·(D + ΔD·(10 − D)/9) with ΔD = −w6·(G − 3), clamped to [1, 10]</item>
/// <item>recall: S' = S·(1 + e^w8·(11 − D)·S^−w9·(e^(w10·(1−R)) − 1)·(w15 if Hard)·(w16 if Easy))</item>
/// <item>lapse: S' = min(w11·D^−w12·((S+1)^w13 − 1)·e^(w14·(1−R)), S / e^(w17·w18))</item>
/// <item>same day (t &lt; 1 day): S' = S·e^(w17·(G − 3 + w18))</item>
/// </list>
/// </summary>
public sealed class Fsrs
{
    /// <summary>DECAY of the forgetting curve.</summary>
    public const double Decay = -0.5;

    /// <summary>FACTOR of the forgetting curve, so that R(S, S) = 0.9.</summary>
    public const double Factor = 19.0 / 81.0;

    private readonly double[] _w;

    /// <summary>Creates the model with <paramref name="parameters"/> (defaults when null).</summary>
    public Fsrs(FsrsParameters? parameters = null)
    {
        Parameters = parameters ?? FsrsParameters.Default;
        if (Parameters.Weights.Count != 19) throw new ArgumentException("FSRS-5 needs 19 weights.", nameof(parameters));
        _w = [.. Parameters.Weights];
    }

    /// <summary>The parameters in use.</summary>
    public FsrsParameters Parameters { get; }

    /// <summary>Probability of recall <paramref name="elapsedDays"/> after a review that left <paramref name="stability"/>.</summary>
    public static double Retrievability(double elapsedDays, double stability) =>
        Math.Pow(1 + Factor * Math.Max(0, elapsedDays) / stability, Decay);

    /// <summary>Days after which recall probability falls to the desired retention.</summary>
    public double IntervalDays(double stability) =>
        stability / Factor * (Math.Pow(Parameters.DesiredRetention, 1 / Decay) - 1);

    /// <summary>S0(G) = w[G−1].</summary>
    public double InitialStability(FsrsGrade grade) => Math.Max(_w[(int)grade - 1], 0.01);

    /// <summary>D0(G) = w4 − e^(w5·(G−1)) + 1, clamped to [1, 10].</summary>
    public double InitialDifficulty(FsrsGrade grade) => ClampDifficulty(_w[4] - Math.Exp(_w[5] * ((int)grade - 1)) + 1);

    /// <summary>Difficulty after a review with <paramref name="grade"/>: linear damping, then mean reversion towards D0(Easy).</summary>
    public double NextDifficulty(double difficulty, FsrsGrade grade)
    {
        var delta = -_w[6] * ((int)grade - 3);
        var damped = difficulty + delta * (10 - difficulty) / 9;
        return ClampDifficulty(_w[7] * InitialDifficulty(FsrsGrade.Easy) + (1 - _w[7]) * damped);
    }

    /// <summary>Stability after a successful recall (Hard, Good or Easy) at retrievability <paramref name="r"/>.</summary>
    public double StabilityAfterRecall(double difficulty, double stability, double r, FsrsGrade grade)
    {
        var hard = grade == FsrsGrade.Hard ? _w[15] : 1;
        var easy = grade == FsrsGrade.Easy ? _w[16] : 1;
        return stability * (1 + Math.Exp(_w[8]) * (11 - difficulty) * Math.Pow(stability, -_w[9]) * (Math.Exp(_w[10] * (1 - r)) - 1) * hard * easy);
    }

    /// <summary>Stability after a lapse (Again) at retrievability <paramref name="r"/>, never above S / e^(w17·w18).</summary>
    public double StabilityAfterLapse(double difficulty, double stability, double r)
    {
        var longTerm = _w[11] * Math.Pow(difficulty, -_w[12]) * (Math.Pow(stability + 1, _w[13]) - 1) * Math.Exp(_w[14] * (1 - r));
        return Math.Min(longTerm, stability / Math.Exp(_w[17] * _w[18]));
    }

    /// <summary>Stability after a review on the same day (less than one day since the last): S·e^(w17·(G − 3 + w18)).</summary>
    public double StabilityShortTerm(double stability, FsrsGrade grade) => stability * Math.Exp(_w[17] * ((int)grade - 3 + _w[18]));

    /// <summary>The state after the first review of a question.</summary>
    public MemoryState First(string questionId, FsrsGrade grade, DateTimeOffset at)
    {
        var s = InitialStability(grade);
        return new MemoryState(questionId, s, InitialDifficulty(grade), at, DueAfter(at, s), 1, grade == FsrsGrade.Again ? 1 : 0, grade);
    }

    /// <summary>The state after reviewing <paramref name="state"/> with <paramref name="grade"/> at <paramref name="at"/>.</summary>
    public MemoryState Next(MemoryState state, FsrsGrade grade, DateTimeOffset at)
    {
        var elapsed = (at - state.LastReview).TotalDays;
        double s;
        if (elapsed < 1) s = StabilityShortTerm(state.Stability, grade);
        else
        {
            var r = Retrievability(elapsed, state.Stability);
            s = grade == FsrsGrade.Again
                ? StabilityAfterLapse(state.Difficulty, state.Stability, r)
                : StabilityAfterRecall(state.Difficulty, state.Stability, r, grade);
        }
        s = Math.Clamp(s, 0.01, Parameters.MaximumIntervalDays);
        var d = NextDifficulty(state.Difficulty, grade);
        var lapses = state.Lapses + (grade == FsrsGrade.Again ? 1 : 0);
        return new MemoryState(state.QuestionId, s, d, at, DueAfter(at, s), state.Reviews + 1, lapses, grade);
    }

    /// <summary>Probability of recall of <paramref name="state"/> at <paramref name="now"/>.</summary>
    public static double Retrievability(MemoryState state, DateTimeOffset now) =>
        Retrievability((now - state.LastReview).TotalDays, state.Stability);

    private DateTimeOffset DueAfter(DateTimeOffset at, double stability)
    {
        // Whole days, at least one: a wrong answer is already re-asked inside the session.
        var days = Math.Clamp(Math.Round(IntervalDays(stability)), 1, Parameters.MaximumIntervalDays);
        return at.AddDays(days);
    }

    private static double ClampDifficulty(double d) => Math.Clamp(d, 1, 10);
}
