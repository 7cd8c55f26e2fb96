namespace StudyGraph.Api.Errors;

/// <summary>One problem of a refused question bank.</summary>
/// <param name="Path">The JSON path, e.g. <c>$.questions[3].choices</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ImportProblem(string Path, string Message);
