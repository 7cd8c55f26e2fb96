namespace StudyGraph.GraphQL.Language;

/// <summary>A 1-based line and column in a GraphQL source, as reported in errors.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column (UTF-16 code units).</param>
public readonly record struct SourceLocation(int Line, int Column);
