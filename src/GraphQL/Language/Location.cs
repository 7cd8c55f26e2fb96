namespace StudyGraph.GraphQL.Language;

/// <summary>Where a node or token sits in its source: character offsets and the 1-based line and column of its start.</summary>
/// <param name="Start">Offset of the first character (UTF-16 code units).</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Line">1-based line of the start.</param>
/// <param name="Column">1-based column of the start.</param>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    /// <summary>The start as a line/column pair for error reports.</summary>
    public SourceLocation ToSourceLocation() => new(Line, Column);

    /// <summary>Whether this location was recorded (false for nodes built by code or parsed with NoLocation).</summary>
    public bool IsKnown => Line > 0;
}
