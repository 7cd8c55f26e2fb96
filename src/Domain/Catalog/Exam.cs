namespace StudyGraph.Domain.Catalog;

/// <summary>A certification exam with its blueprint.</summary>
/// <param name="Id">Slug id (<c>aws-saa-c03</c>), unique across providers.</param>
/// <param name="ProviderId">The provider's id.</param>
/// <param name="Code">The provider's official code (<c>SAA-C03</c>).</param>
/// <param name="Name">Display name.</param>
/// <param name="QuestionCount">The official number of questions.</param>
/// <param name="DurationMinutes">The official duration in minutes.</param>
/// <param name="PassingScore">The passing score as the provider states it.</param>
/// <param name="Blueprint">The topics and their weights.</param>
public sealed record Exam(
    string Id,
    string ProviderId,
    string Code,
    string Name,
    int QuestionCount,
    int DurationMinutes,
    PassingScore PassingScore,
    Blueprint Blueprint)
{
    /// <summary>The blueprint's topics.</summary>
    public IReadOnlyList<Topic> Topics => Blueprint.Topics;

    /// <summary>The official duration.</summary>
    public TimeSpan Duration => TimeSpan.FromMinutes(DurationMinutes);
}
