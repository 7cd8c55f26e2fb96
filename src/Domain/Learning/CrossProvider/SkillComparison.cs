namespace StudyGraph.Domain.Learning;

/// <summary>One shared skill tag compared across providers.</summary>
/// <param name="Skill">The tag (<c>networking</c>, <c>security</c>, ...).</param>
/// <param name="Providers">One entry per provider, by provider id.</param>
public sealed record SkillComparison(string Skill, IReadOnlyList<ProviderSkillStat> Providers);
