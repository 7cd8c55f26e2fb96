namespace StudyGraph.Domain.Catalog;

/// <summary>A topic (domain) of an exam's blueprint.</summary>
/// <param name="Id">Topic id, unique across exams (for example <c>aws-saa-c03.secure</c>).</param>
/// <param name="Name">Display name.</param>
/// <param name="Weight">Share of the exam in percent; the weights of an exam sum to 100.</param>
/// <param name="Skills">Shared skill tags (<c>networking</c>, <c>security</c>, ...) linking topics across providers.</param>
public sealed record Topic(string Id, string Name, int Weight, IReadOnlyList<string> Skills);
