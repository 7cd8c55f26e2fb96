namespace StudyGraph.Domain.Ports;

/// <summary>A typed filter over exams; null fields do not filter. Results are ordered by id.</summary>
/// <param name="ProviderId">Only exams of this provider.</param>
public sealed record ExamQuery(string? ProviderId = null);
