namespace StudyGraph.Domain.Learning;

/// <summary>
/// Turns an answer into an <see cref="FsrsGrade"/>: wrong = Again; right and at most <see cref="FastAnswer"/> = Easy;
/// right and at least <see cref="SlowAnswer"/> = Hard; otherwise Good.
/// </summary>
/// <param name="FastAnswer">Right answers this quick are Easy (default 10 s).</param>
/// <param name="SlowAnswer">Right answers this slow are Hard (default 60 s).</param>
public sealed record GradePolicy(TimeSpan FastAnswer, TimeSpan SlowAnswer)
{
    /// <summary>10 s / 60 s.</summary>
    public static GradePolicy Default { get; } = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60));

    /// <summary>The grade of an answer.</summary>
    public FsrsGrade Grade(bool correct, TimeSpan timeTaken) =>
        !correct ? FsrsGrade.Again
        : timeTaken <= FastAnswer ? FsrsGrade.Easy
        : timeTaken >= SlowAnswer ? FsrsGrade.Hard
        : FsrsGrade.Good;
}
