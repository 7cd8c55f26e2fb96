namespace StudyGraph.Domain.Learning;

/// <summary>
/// Parameters of the FSRS-5 memory model (open-spaced-repetition). Defaults are the published FSRS-5 default weights
/// and a desired retention of 0.9.
/// </summary>
public sealed record FsrsParameters
{
    /// <summary>The published FSRS-5 default weights w0..w18.</summary>
    public static IReadOnlyList<double> Fsrs5DefaultWeights { get; } =
    [
        0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
        1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621,
    ];

    /// <summary>The defaults.</summary>
    public static FsrsParameters Default { get; } = new();

    /// <summary>The 19 weights w0..w18.</summary>
    public IReadOnlyList<double> Weights { get; init; } = Fsrs5DefaultWeights;

    /// <summary>Probability of recall at which a review falls due (default 0.9).</summary>
    public double DesiredRetention { get; init; } = 0.9;

    /// <summary>The longest interval scheduled, in days (default 36500).</summary>
    public double MaximumIntervalDays { get; init; } = 36500;
}
